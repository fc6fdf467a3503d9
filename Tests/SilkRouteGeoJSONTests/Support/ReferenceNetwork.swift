import SilkRoute
import SilkRouteStore

/// The bundled SCODA network, read once from the repository's `Data/`.
enum ReferenceNetwork {
  static let network: TransportNetwork = {
    do {
      return try TransportNetwork(DataFolder.load(BundledNetwork.dataFolder()))
    } catch {
      fatalError("the bundled network does not load: \(error)")
    }
  }()
}
