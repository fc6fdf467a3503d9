import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// The CLI opens its booking service from a store (`--db PATH` or the bundled network), stamped
/// with the store's dataset version (moved here from the API's tests with the constructor).
@Suite struct BookingServiceStoreTests {
  @Test func opensFromADatabasePath() throws {
    let service = try BundledService.shared.get()
    let data = try DataFolder.load(try BundledNetwork.dataFolder())
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "silkroute-api-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite"
      ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try DatabaseFile.importData(data, into: path)
    let opened = try BookingService(store: try NetworkStore(path: path))
    #expect(opened.dataVersion == service.dataVersion)
    #expect(opened.network.data.cities.map(\.id) == service.network.data.cities.map(\.id))
    let options = try DatabaseOptions.parse(["--db", path])
    #expect(try options.loadService().dataVersion == service.dataVersion)
    #expect(throws: StoreError.self) {
      _ = try DatabaseOptions.parse(["--db", path + ".missing"]).loadService()
    }
  }
}
