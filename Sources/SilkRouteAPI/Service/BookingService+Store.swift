import SilkRoute
import SilkRouteStore

extension BookingService {
  /// The service over the network stored at `databasePath`, stamped with its dataset version.
  ///
  /// - Throws: `StoreError` if the database is missing or unreadable, `InvalidNetworkError` if
  ///   its data breaks an invariant.
  public init(databasePath: String) throws {
    try self.init(store: try NetworkStore(path: databasePath))
  }

  /// The service over the bundled SCODA network (built from `Data/` on first use).
  public static func bundled() throws -> BookingService {
    try BookingService(store: try BundledNetwork.open())
  }

  init(store: NetworkStore) throws {
    let data = try store.load()
    self.init(
      network: try TransportNetwork(data),
      dataVersion: try store.datasetVersion() ?? NetworkStore.version(of: data))
  }
}
