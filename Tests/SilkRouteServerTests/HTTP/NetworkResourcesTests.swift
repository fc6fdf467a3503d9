import Foundation
import SilkRoute
import SilkRouteAPI
import Testing

@testable import SilkRouteServer

/// The documents served about the network are made once, as the library would make them.
@Suite struct NetworkResourcesTests {
  @Test func theListingsAreTheLibrarysBytes() throws {
    let network = try ServerFixture.service.get().network
    let resources = try ServerFixture.resources.get()
    #expect(resources.citiesJSON == (try APIJSON.encode(CityListing.all(in: network))))
    #expect(resources.namesJSON == (try APIJSON.encode(NameListing.Catalog(network: network))))
    let names = try JSONDecoder().decode(NameListing.Catalog.self, from: resources.namesJSON)
    #expect(names == NameListing.Catalog(network: network))
  }

  @Test func theMapsAreMadeOrTheirFailureKept() throws {
    let resources = try ServerFixture.resources.get()
    let geoJSON = try JSONSerialization.jsonObject(with: try resources.networkGeoJSON.get()) as? [String: Any]
    #expect(geoJSON?["type"] as? String == "FeatureCollection")
    #expect(String(decoding: try resources.networkSVG.get(), as: UTF8.self).contains("<svg"))
  }
}
