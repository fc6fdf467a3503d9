#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private (copy-on-write) mapping of part of a snapshot file, writable: the pages written are
/// this process's own copies, the others stay the page cache's. Unmapped with the last array that
/// reads it.
final class PrivateMapping: @unchecked Sendable {
  private let mapping: UnsafeMutableRawPointer
  private let length: Int
  /// Where the asked-for bytes start (the mapping starts at a page boundary before them).
  let pointer: UnsafeMutableRawPointer

  init(mapping: UnsafeMutableRawPointer, length: Int, pointer: UnsafeMutableRawPointer) {
    self.mapping = mapping
    self.length = length
    self.pointer = pointer
  }

  deinit { munmap(mapping, length) }
}
