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
    // A snapshot beside the database that cannot be used is reported once the one used instead is
    // known: the cache's (and how to replace the one beside), or the database itself.
    var unusable: [SnapshotError] = []
    let cachedPath = cached(version: version, in: cache)
    for path in [besideDatabase(store.path), cachedPath] where FileManager.default.fileExists(atPath: path) {
      do {
        let network = try NetworkSnapshot.open(path: path, expectedVersion: version)
        for error in unusable {
          problem("\(error); using \(path) (silkroute data compile --db \(store.path) replaces it)")
        }
        return (network, version)
      } catch {
        if error.kind != .stale || path == cachedPath { unusable.append(error) }
      }
    }
    for error in unusable { problem("\(error); loading the database instead") }
    let network = try store.loadNetwork()
    do {
      try NetworkSnapshot.write(network, dataVersion: version, to: cached(version: version, in: cache))
    } catch {
      problem("cannot cache the compiled network: \(error)")
    }
    return (network, version)
  }
}
