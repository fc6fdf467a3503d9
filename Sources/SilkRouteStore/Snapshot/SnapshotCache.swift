import Foundation
import SilkRoute

/// Opens a database's network through its compiled snapshot: the one next to the database
/// (`NAME.silkroute` beside `NAME.sqlite`, as `silkroute data compile` writes it) or the one in
/// the cache (`CACHE/snapshots/VERSION.silkroute`), whichever was compiled from the database's
/// dataset version. A missing, stale or damaged snapshot is reported through `problem` and the
/// network is loaded from the database instead, then compiled into the cache for next time.
///
/// The key is the content hash the database records at import (`NetworkStore.datasetVersion()`):
/// a database changed behind SilkRoute's back (not through `data import`) keeps its old key.
public enum SnapshotCache {
  /// The folder compiled snapshots are cached in.
  public static var folder: URL { BundledNetwork.cacheFolder.appendingPathComponent("snapshots") }

  /// Where `data compile` puts the snapshot of the database at `path` by default.
  public static func besideDatabase(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension(NetworkSnapshot.fileExtension)
      .path
  }

  /// The cache's snapshot for dataset `version` (in `folder`).
  public static func cached(version: String, in cache: URL = folder) -> String {
    cache.appendingPathComponent("\(version).\(NetworkSnapshot.fileExtension)").path
  }

  /// The network in `store` and its dataset version, from a snapshot when one is up to date.
  ///
  /// - Parameters:
  ///   - cache: the folder of cached snapshots (`folder` unless a caller keeps its own).
  ///   - problem: told (in one line) why a snapshot that was there could not be used.
  public static func network(
    store: NetworkStore, cache: URL = folder, problem: (String) -> Void = { _ in }
  ) throws -> (
    network: TransportNetwork, version: String
  ) {
    guard let version = try store.datasetVersion() else {
      // Imported before versions were recorded: no key to cache under.
      let data = try store.load()
      return (try TransportNetwork(data), NetworkStore.version(of: data))
    }
    for path in [besideDatabase(store.path), cached(version: version, in: cache)]
    where FileManager.default.fileExists(atPath: path) {
      do {
        return (try NetworkSnapshot.open(path: path, expectedVersion: version), version)
      } catch {
        if error.kind != .stale || path == cached(version: version, in: cache) {
          problem("\(error); loading the database instead")
        }
      }
    }
    let network = try store.loadNetwork()
    do {
      try NetworkSnapshot.write(network, dataVersion: version, to: cached(version: version, in: cache))
    } catch {
      problem("cannot cache the compiled network: \(error)")
    }
    return (network, version)
  }
}
