#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory (`mmap`, `MAP_SHARED`): every process that maps the same
/// file shares its pages through the page cache. Unmapped when the last `FlatArray` reading it
/// goes away.
final class MappedFile: @unchecked Sendable {
  let base: UnsafeRawPointer
  let count: Int
  let path: String

  init(path: String) throws(SnapshotError) {
    self.path = path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SnapshotError(.io, path, "cannot open: \(Self.lastError())") }
    defer { close(descriptor) }
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
  }

  #if canImport(Glibc)
    private static let flags = MAP_SHARED | MAP_POPULATE
  #else
    private static let flags = MAP_SHARED
  #endif

  deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }

  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
