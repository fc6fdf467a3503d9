import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// The store-backed constructor lives with the front-end that opens the store, so that
/// `SilkRouteAPI` imports neither the store nor GRDB (the server is handed a service).
extension BookingService {
  /// The service over the network in `store`, stamped with its dataset version.
  ///
  /// - Throws: `StoreError` if the database is unreadable, `InvalidNetworkError` if its data
  ///   breaks an invariant.
  init(store: NetworkStore) throws {
    let data = try store.load()
    self.init(
      network: try TransportNetwork(data),
      dataVersion: try store.datasetVersion() ?? NetworkStore.version(of: data))
  }
}
