import SilkRoute
import SilkRouteAPI
import SilkRouteStore

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
    if let db { return try BookingService(databasePath: db) }
    return try BookingService.bundled()
  }
}
