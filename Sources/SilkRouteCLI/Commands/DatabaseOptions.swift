import ArgumentParser
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// Options shared by every command that reads a network.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: """
      SQLite database or compiled .silkroute snapshot to read (default: the bundled SCODA network, \
      built from Data/ on first use). A database is read through its compiled snapshot, cached \
      and rebuilt when stale.
      """)
  var db: String?
}

extension DatabaseOptions {
  /// The store to read: `--db PATH` (which must exist) or the bundled network.
  func openStore() throws -> NetworkStore {
    if let db { return try NetworkStore(path: db) }
    return try BundledNetwork.open()
  }

  /// The network to answer from and its dataset version: a compiled snapshot (`--db FILE.silkroute`,
  /// or the database's up-to-date snapshot, compiled on first use), else the database itself.
  func openNetwork() throws -> (network: TransportNetwork, version: String) {
    let warn = { (message: String) in Warning.print(message) }
    guard let db else { return try BundledNetwork.openNetwork(problem: warn) }
    if NetworkSnapshot.looksLikeSnapshot(path: db) {
      return try NetworkSnapshot.openVersioned(path: db)
    }
    return try SnapshotCache.network(store: try NetworkStore(path: db), problem: warn)
  }

  func loadPlanner() throws -> RoutePlanner {
    RoutePlanner(network: try openNetwork().network)
  }

  /// The planner and the data version its answers are stamped with.
  func loadService() throws -> BookingService {
    let (network, version) = try openNetwork()
    return BookingService(network: network, dataVersion: version)
  }
}
