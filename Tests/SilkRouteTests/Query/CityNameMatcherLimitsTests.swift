import Testing

@testable import SilkRoute

/// Suggestions for an unknown name cost little however long the name: found by the HTTP fuzz
/// suite, where a 5,000-character name in `disruptions.close` took five seconds to refuse.
@Suite struct CityNameMatcherLimitsTests {
  @Test func boundedEditDistanceAgreesWithTheFullOne() {
    var random = SplitMix64(seed: 17)
    let alphabet = Array("abcdéł-")
    for _ in 0..<2000 {
      let a = String(
        (0..<Int.random(in: 0..<9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      let b = String(
        (0..<Int.random(in: 0..<9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      let limit = Int.random(in: 0..<6, using: &random)
      let full = CityNameMatcher.editDistance(a, b)
      #expect(
        CityNameMatcher.editDistance(a, b, atMost: limit) == (full <= limit ? full : nil),
        "\(a) \(b) \(limit)")
    }
  }

  @Test func longUnknownNamesAreRefusedQuickly() throws {
    let network = try TransportNetwork(RandomNetwork.make(seed: 3, maxCities: 5))
    let planner = RoutePlanner(network: network)
    let ids = network.data.cities.map(\.id)
    for name in [
      String(repeating: "a", count: 5000), String(repeating: "-", count: 30000),
      String(repeating: "a-", count: 10000),
    ] {
      let started = ContinuousClock.now
      var query = RouteQuery(from: ids[0], to: ids[1])
      query.disruptions.closures = [name]
      #expect(throws: RoutingError.self) { try planner.route(query) }
      let unknownCity = RouteQuery(from: name, to: ids[1])
      #expect(throws: RoutingError.self) { try planner.route(unknownCity) }
      #expect(ContinuousClock.now - started < .seconds(2), "\(name.prefix(10))… (\(name.count) characters)")
    }
  }
}
