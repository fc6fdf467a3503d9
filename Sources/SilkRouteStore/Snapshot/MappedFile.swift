#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory (`mmap`, `MAP_SHARED`): every process that maps the same
/// file shares its pages through the page cache. Unmapped when the last `FlatArray` reading it
/// goes away.
///
/// The file stays open while mapped, so that a part of it can be mapped again privately
/// (`privateCopy`) from the very file that was checked, even if its path has since been given to
/// a newer snapshot.
final class MappedFile: @unchecked Sendable {
  let base: UnsafeRawPointer
  let count: Int
  let path: String
  private let descriptor: Int32

  init(path: String) throws(SnapshotError) {
    self.path = path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SnapshotError(.io, path, "cannot open: \(Self.lastError())") }
    var mappedOK = false
    defer { if !mappedOK { close(descriptor) } }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw SnapshotError(.io, path, "cannot stat: \(Self.lastError())")
    }
    count = Int(status.st_size)
    guard count > 0 else { throw SnapshotError(.foreign, path, "the file is empty") }
    // Populated up front: opening reads every page for its checksum anyway, and one populate is
    // far cheaper than a page fault per 4 KiB.
    let mapped = mmap(nil, count, PROT_READ, Self.flags, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else {
      throw SnapshotError(.io, path, "cannot map: \(Self.lastError())")
    }
    base = UnsafeRawPointer(mapped)
    self.descriptor = descriptor
    mappedOK = true
  }

  #if canImport(Glibc)
    private static let flags = MAP_SHARED | MAP_POPULATE
  #else
    private static let flags = MAP_SHARED
  #endif

  deinit {
    munmap(UnsafeMutableRawPointer(mutating: base), count)
    close(descriptor)
  }

  /// A private, writable mapping of the file's bytes at `start ..< start + length` (copy on
  /// write), or nil when the system refuses one.
  func privateMapping(start: Int, length: Int) -> PrivateMapping? {
    let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 1)
    let first = start / page * page
    guard start >= 0, length > 0, start + length <= count else { return nil }
    let span = start + length - first
    let mapped = mmap(nil, span, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, off_t(first))
    guard let mapped, mapped != MAP_FAILED else { return nil }
    return PrivateMapping(mapping: mapped, length: span, pointer: mapped + (start - first))
  }

  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
