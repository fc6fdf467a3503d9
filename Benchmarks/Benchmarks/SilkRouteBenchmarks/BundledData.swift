import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// The bundled network (`Data/`), loaded once per benchmark process and shared.
enum BundledData {
  /// The repository's `Data/` folder.
  static var folder: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Data")
  }

  /// One `BookingService` over the bundled data, as the CLI and the server open it.
  static func service() throws -> BookingService {
    try BenchmarkCache.value("bundled-service") {
      let data = try DataFolder.load(folder)
      return BookingService(network: try TransportNetwork(data), dataVersion: NetworkStore.version(of: data))
    }
  }
}
