import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// The booking service over the bundled network, built from `Data/` once per test process: the
/// one fixture the CLI's, the server's and the API's tests share.
public enum BundledService {
  public static let shared: Result<BookingService, any Error> = Result {
    let data = try DataFolder.load(try BundledNetwork.dataFolder())
    return BookingService(network: try TransportNetwork(data), dataVersion: NetworkStore.version(of: data))
  }
}
