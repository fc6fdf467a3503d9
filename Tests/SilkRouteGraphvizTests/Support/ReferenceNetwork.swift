import Foundation
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

  static let planner = RoutePlanner(network: network)

  /// A folder for rendered files that a person may want to look at.
  static func outputFolder() -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("silkroute-diagrams")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
