import Foundation
import SilkRoute

/// The SCODA reference network shipped in the repository's `Data/`, built into a cached SQLite
/// database on first use and rebuilt whenever the CSV files change.
public enum BundledNetwork {
  /// The `Data/` folder: `$SILKROUTE_DATA`, else the nearest `Data/` with `cities.csv` above the
  /// executable or the working directory, else the copy compiled into the binary, written out into
  /// the cache folder (`EmbeddedDataFolder`): an installed binary needs no source tree.
  public static func dataFolder() throws(StoreError) -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["SILKROUTE_DATA"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit)
    }
    var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    if let executable = Bundle.main.executableURL {
      starts.insert(executable.deletingLastPathComponent(), at: 0)
    }
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
    return try EmbeddedDataFolder.folder(in: cacheFolder)
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
