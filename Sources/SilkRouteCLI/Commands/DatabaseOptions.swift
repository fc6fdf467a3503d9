import ArgumentParser
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// Options shared by every command that reads a network.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "SQLite database to read (default: the bundled SCODA network, built from Data/ on first use).")
  var db: String?
}

extension DatabaseOptions {
  /// The store to read: `--db PATH` (which must exist) or the bundled network.
  func openStore() throws -> NetworkStore {
    if let db { return try NetworkStore(path: db) }
    return try BundledNetwork.open()
  }

  func loadPlanner() throws -> RoutePlanner {
    RoutePlanner(network: try openStore().loadNetwork())
  }

  /// The planner and the data version its answers are stamped with.
  func loadService() throws -> BookingService {
    try BookingService(store: try openStore())
  }
}
