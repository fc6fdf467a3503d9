import Testing

@testable import SilkRoute

/// `CityResolver` on `LineNetwork`: names, ids, aliases and LOCODEs resolve; unknown and shared
/// names are refused with what a user needs to correct them.
@Suite struct CityResolverTests {
  static func resolver() throws -> CityResolver { CityResolver(network: try LineNetwork.network()) }

  @Test(arguments: [
    ("Alpha", 0), ("alpha", 0), ("ALPHA", 0), ("Midway", 1), ("bravo", 1), ("XACHA", 2), ("xa cha", 2),
    ("Charlie", 2), ("delta", 3),
  ])
  func resolvesNamesIdsAliasesAndLOCODEs(name: String, city: Int) throws {
    #expect(try Self.resolver().city(named: name) == CityID(city))
  }

  @Test func unknownNamesAreRefusedWithSuggestions() throws {
    let resolver = try Self.resolver()
    #expect(throws: RoutingError.unknownCity("Charly", suggestions: ["Charlie"])) {
      try resolver.city(named: "Charly")
    }
    #expect(throws: RoutingError.unknownCity("", suggestions: [])) { try resolver.city(named: "") }
  }

  @Test func sharedNamesAreAmbiguous() throws {
    var data = LineNetwork.data()
    data.cities[3].aliases = ["Midway"]
    let resolver = CityResolver(cities: data.cities)
    #expect(throws: RoutingError.ambiguousCity("midway", candidates: ["Bravo", "Delta"])) {
      try resolver.city(named: "midway")
    }
  }

}
