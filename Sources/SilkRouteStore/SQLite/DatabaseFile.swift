import Foundation
import SilkRoute

/// Writing a whole database file atomically.
public enum DatabaseFile {
  /// Imports `data` into the database at `path`: into an existing database in one transaction,
  /// or into a new file built aside and renamed into place, so a failure leaves nothing behind.
  public static func importData(_ data: NetworkData, into path: String) throws(StoreError) {
    removeStaleTemporaries(of: path)
    if FileManager.default.fileExists(atPath: path) {
      try NetworkStore(path: path).replace(with: data)
      return
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError(
        "cannot create folder \(folder.path) for database \(path): \(error.localizedDescription)")
    }
    let temporary = path + temporarySuffix + "\(ProcessInfo.processInfo.processIdentifier)"
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    do {
      let store = try NetworkStore(path: temporary, create: true)
      try store.replace(with: data)
    } catch {
      throw StoreError("cannot write database \(path): \(error.message)")
    }
    do {
      try FileManager.default.moveItem(atPath: temporary, toPath: path)
    } catch {
      if FileManager.default.fileExists(atPath: path) { return }  // built concurrently by another process
      throw StoreError("cannot write database \(path): \(error.localizedDescription)")
    }
  }

  /// `PATH.importing-PID`: a database being built aside by process PID.
  static let temporarySuffix = ".importing-"

  /// Removes the files an import of `path` left behind when its process died (`kill -9`, power
  /// loss): `PATH.importing-PID` of a process that no longer runs, with its SQLite journals. A
  /// hot journal of `path` itself is rolled back by SQLite on the next open.
  public static func removeStaleTemporaries(of path: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let prefix = url.lastPathComponent + temporarySuffix
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    for name in names where name.hasPrefix(prefix) {
      var rest = name.dropFirst(prefix.count)
      for suffix in ["-journal", "-wal", "-shm"] where rest.hasSuffix(suffix) {
        rest = rest.dropLast(suffix.count)
      }
      guard let pid = Int32(rest), pid > 0, !isRunning(pid) else { continue }
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  /// Whether a process with this id exists (signal 0 probes without sending anything).
  static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
