import Foundation
import SilkRoute

/// The SCODA reference network shipped in the repository's `Data/`, built into a cached SQLite
/// database on first use and rebuilt whenever the CSV files change.
public enum BundledNetwork {
  /// The `Data/` folder: `$SILKROUTE_DATA`, else the nearest `Data/` with `cities.csv` above the
  /// executable or the working directory, else the one this source file was built from.
  public static func dataFolder(filePath: String = #filePath) throws(StoreError) -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["SILKROUTE_DATA"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit)
    }
    var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    if let executable = Bundle.main.executableURL {
      starts.insert(executable.deletingLastPathComponent(), at: 0)
    }
    // Sources/SilkRouteStore/BundledNetwork.swift → repository root.
    starts.append(URL(fileURLWithPath: filePath).deletingLastPathComponent())
    for start in starts {
      var folder = start.standardizedFileURL
      while true {
        let candidate = folder.appendingPathComponent("Data")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("cities.csv").path) {
          return candidate
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    throw StoreError(
      "cannot find the bundled Data/ folder; set SILKROUTE_DATA or pass --db PATH")
  }

  /// Where built databases are cached: `$SILKROUTE_CACHE`, `$XDG_CACHE_HOME/silkroute` or
  /// `~/.cache/silkroute`.
  public static var cacheFolder: URL {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["SILKROUTE_CACHE"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit)
    }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg).appendingPathComponent("silkroute")
    }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/silkroute")
  }

  /// Opens the database built from the bundled data, building it first if needed.
  ///
  /// - Throws: `DataValidationError` if the bundled data is invalid, `StoreError` otherwise.
  public static func open() throws -> NetworkStore {
    let data = try DataFolder.load(try dataFolder())
    let version = NetworkStore.version(of: data)
    let folder = cacheFolder
    let path = folder.appendingPathComponent("scoda-\(version).sqlite").path
    DatabaseFile.removeStaleTemporaries(of: path)
    if FileManager.default.fileExists(atPath: path),
      let store = try? NetworkStore(path: path), (try? store.datasetVersion()) == version
    {
      return store
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError("cannot create cache folder \(folder.path): \(error.localizedDescription)")
    }
    try DatabaseFile.importData(data, into: path)
    return try NetworkStore(path: path)
  }
}

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

/// A file-system error in one line naming the path, without Foundation's error domains.
public enum FileErrorText {
  public static func describe(_ error: any Error, path: String) -> String {
    let nsError = error as NSError
    let underlying = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError) ?? nsError
    if underlying.domain == NSPOSIXErrorDomain, let reason = strerror(Int32(underlying.code)) {
      return "\(path): \(String(cString: reason).lowercased())"
    }
    switch nsError.code {
    case NSFileWriteFileExistsError: return "\(path): already exists"
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "\(path): no such file or folder"
    case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "\(path): permission denied"
    case NSFileWriteOutOfSpaceError: return "\(path): no space left on the device"
    case NSFileWriteVolumeReadOnlyError: return "\(path): read-only file system"
    default: return "\(path): cannot be written or read (error \(nsError.code))"
    }
  }
}
