import Testing

@testable import SilkRoute

/// `QueryRestrictions` on `LineNetwork`: the names of avoid-lists, closures and delays resolve
/// to the elements they select, and the query's endpoints may not lie in an avoided country.
@Suite struct QueryRestrictionsTests {
  static func restrictions(_ query: RouteQuery) throws(RoutingError) -> QueryRestrictions {
    let network = LineNetwork.compiled
    return try QueryRestrictions(
      query: query, network: network, resolver: CityResolver(network: network), endpoints: [CityID(0)])
  }

  @Test func namesResolveToWhatTheySelect() throws {
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    query.constraints.avoidCarriers = ["Trains"]
    query.disruptions = Disruptions(
      closures: ["Midway"], delays: [.init(target: "ac-rail", delay: .hours(3))])
    let restrictions = try Self.restrictions(query)
    #expect(restrictions.avoidedCountries.isEmpty)
    #expect(restrictions.avoidedCarriers == ["trains"])
    #expect(restrictions.closed.cities == [CityID(1)])
    #expect(restrictions.delays.count == 1 && restrictions.delays[0].1 == .hours(3))
    #expect(restrictions.delays[0].0.services == [ServiceID(2)])
    #expect(restrictions.forbiddenTerminals(in: LineNetwork.compiled).allSatisfy { !$0 })
  }

  @Test func anAvoidedEndpointOrANegativeDelayIsRefused() {
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    query.constraints.avoidCountries = ["Xanadu"]
    #expect(throws: RoutingError.self) { try Self.restrictions(query) }
    query.constraints.avoidCountries = []
    query.disruptions.delays = [.init(target: "Bravo", delay: Minutes(-1))]
    #expect(throws: RoutingError.invalidQuery(.delays, "must not be negative: Bravo")) {
      try Self.restrictions(query)
    }
    query.disruptions.delays = []
    query.constraints.avoidCarriers = ["nobody"]
    #expect(throws: RoutingError.self) { try Self.restrictions(query) }
  }

  @Test func anAvoidedCountryForbidsItsTerminals() throws {
    var data = LineNetwork.data()
    data.countries.append(CountryRecord(code: "XB", name: "Xbase", customsTerritory: "ta", sources: ["s"]))
    data.cities[3].country = "XB"
    let network = try TransportNetwork(data)
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    query.constraints.avoidCountries = ["XB"]
    let restrictions = try QueryRestrictions(
      query: query, network: network, resolver: CityResolver(network: network), endpoints: [CityID(0)])
    #expect(restrictions.avoidedCountries == ["XB"])
    let forbidden = restrictions.forbiddenTerminals(in: network)
    #expect((0..<network.terminalCount).filter { forbidden[$0] } == [5])
  }
}
