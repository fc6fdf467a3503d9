import Foundation
import SilkRoute
import SilkRouteAPI
import Synchronization
import Testing

@testable import SilkRouteServer

/// The documents served about the network are made once, as the library would make them: the
/// listings at start-up, the maps on their first request.
@Suite struct NetworkResourcesTests {
  @Test func theListingsAreTheLibrarysBytes() throws {
    let network = try ServerFixture.service.get().network
    let resources = try ServerFixture.resources.get()
    #expect(resources.citiesJSON == (try APIJSON.encode(CityListing.all(in: network))))
    #expect(resources.namesJSON == (try APIJSON.encode(NameListing.Catalog(network: network))))
    let names = try JSONDecoder().decode(NameListing.Catalog.self, from: resources.namesJSON)
    #expect(names == NameListing.Catalog(network: network))
  }

  @Test func theMapsAreMadeOnRequestOrTheirFailureKept() async throws {
    let resources = try ServerFixture.resources.get()
    let geoJSON =
      try JSONSerialization.jsonObject(with: try await resources.networkGeoJSON.bytes()) as? [String: Any]
    #expect(geoJSON?["type"] as? String == "FeatureCollection")
    #expect(String(decoding: try await resources.networkSVG.bytes(), as: UTF8.self).contains("<svg"))
    #expect(await resources.networkSVG.makings == 1)
    #expect(await resources.networkGeoJSON.makings == 1)
  }

  /// Making the resources (what the server does at start-up) draws no map: only a request does.
  @Test func startUpDrawsNoMap() async throws {
    let network = try ServerFixture.service.get().network
    let drawn = Mutex(0)
    let resources = try NetworkResources(network: network, title: "T") { _, _ in
      drawn.withLock { $0 += 1 }
      return Data("<svg/>".utf8)
    }
    #expect(drawn.withLock { $0 } == 0)
    #expect(await resources.networkSVG.makings == 0)
    #expect(await resources.networkGeoJSON.makings == 0)
    #expect(try await resources.networkSVG.bytes() == Data("<svg/>".utf8))
    #expect(drawn.withLock { $0 } == 1)
  }
}
