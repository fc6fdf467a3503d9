import Testing

@testable import SilkRoute

/// `NetworkSelector` on `LineNetwork`: carriers, countries and places by name.
@Suite struct NetworkSelectorTests {
  @Test func theSelectorResolvesOtherNames() throws {
    let network = try LineNetwork.network()
    let selector = CityResolver(network: network).selector(for: network)
    #expect(try selector.resolve("trucks", as: .carrier) == [.carrier("trucks")])
    #expect(try selector.resolve("Xanadu", as: .country) == [.country("XA")])
    #expect(try selector.resolve("Midway", as: .place) == [.city(CityID(1))])
    #expect(throws: RoutingError.self) { try selector.resolve("nowhere", as: .place) }
  }
}
