import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// What `silkroute names KIND` and `GET /v1/names` list: every name a request may use, by kind,
/// in data order.
@Suite struct NameListingTests {
  let network: TransportNetwork

  init() throws {
    network = try BundledService.shared.get().network
  }

  @Test func everyKindHasItsWord() {
    #expect(NameListing.kinds.count == NameKind.allCases.count)
    #expect(Set(NameListing.kinds.values) == Set(NameKind.allCases))
    #expect(NameListing.kinds["crossings"] == .crossing && NameListing.kinds["places"] == .place)
  }

  @Test func countriesAndCarriersByIdInDataOrder() {
    let data = network.data
    let countries = NameListing.all(.country, in: network)
    #expect(countries.map(\.id) == data.countries.map(\.code))
    #expect(countries.map(\.name) == data.countries.map(\.name))
    #expect(countries.allSatisfy { $0.type == "country" })
    let carriers = NameListing.all(.carrier, in: network)
    #expect(carriers.map(\.id) == data.carriers.map(\.id) && carriers.allSatisfy { $0.type == "carrier" })
  }

  /// Border crossings in data order, then each strait or canal a service passes, once, sorted.
  @Test func crossingsAreBorderCrossingsThenStraits() {
    let data = network.data
    let crossings = NameListing.all(.crossing, in: network)
    let borders = crossings.prefix { $0.type == "border-crossing" }
    #expect(borders.map(\.id) == data.borderCrossings.map(\.id))
    let straits = crossings.dropFirst(borders.count)
    #expect(straits.allSatisfy { $0.type == "strait" && $0.id == $0.name })
    #expect(straits.map(\.id) == Set(data.services.flatMap(\.passages)).sorted())
    #expect(straits.contains { $0.id == "suez" })
  }

  /// Places are everything a disruption may close: cities, terminals, services, transfers and
  /// crossings, in that order.
  @Test func placesAreEverythingADisruptionMayName() {
    let data = network.data
    let places = NameListing.all(.place, in: network)
    let types = ["city", "terminal", "service", "transfer"]
    let counts = [data.cities.count, data.terminals.count, data.services.count, data.transfers.count]
    var rest = places[...]
    for (type, count) in zip(types, counts) {
      #expect(rest.prefix(count).allSatisfy { $0.type == type }, "\(type)")
      rest = rest.dropFirst(count)
    }
    #expect(Array(rest) == NameListing.all(.crossing, in: network))
    let service = data.services[0]
    #expect(
      places[data.cities.count + data.terminals.count].name
        == "\(service.mode.rawValue) \(service.from)–\(service.to)")
    #expect(NameListing.all(.city, in: network).map(\.id) == data.cities.map(\.id))
  }

  @Test func theCatalogHoldsEachKind() {
    let catalog = NameListing.Catalog(network: network)
    #expect(catalog.countries == NameListing.all(.country, in: network))
    #expect(catalog.carriers == NameListing.all(.carrier, in: network))
    #expect(catalog.crossings == NameListing.all(.crossing, in: network))
    #expect(catalog.places == NameListing.all(.place, in: network))
  }
}
