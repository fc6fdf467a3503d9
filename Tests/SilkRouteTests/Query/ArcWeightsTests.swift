import Testing

@testable import SilkRoute

/// `ArcWeights` on `LineNetwork`: which arcs a query may use and what each costs.
@Suite struct ArcWeightsTests {
  /// The arc of service `id` (every literal service is one-way: one arc each).
  static func arc(_ id: String, in network: TransportNetwork) throws -> Int {
    let service = try #require(network.data.services.firstIndex { $0.id == id })
    return try #require((0..<network.arcCount).first { Int(network.arcService[$0]) == service })
  }

  static func weights(_ query: RouteQuery) throws -> ArcWeights {
    let network = LineNetwork.compiled
    let restrictions = try QueryRestrictions(
      query: query, network: network, resolver: CityResolver(network: network), endpoints: [])
    return ArcWeights(
      query: query, network: network, restrictions: restrictions,
      forbidden: restrictions.forbiddenTerminals(in: network), destination: CityID(2), day: nil)
  }

  @Test func everyArcIsUsableAndPricedForTheCargo() throws {
    let network = LineNetwork.compiled
    let weights = try Self.weights(RouteQuery(from: "Alpha", to: "Charlie"))
    #expect(weights.usable.allSatisfy { $0 })
    let road = try Self.arc("ab-road", in: network)
    #expect(weights.weight[road].cost == Cents(100_000) && weights.weight[road].time == .hours(10))
    #expect(weights.delay.allSatisfy { $0 == 0 } && weights.inTransit.allSatisfy { !$0 })
  }

  @Test func closuresAvoidanceAndModesRemoveArcs() throws {
    let network = LineNetwork.compiled
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    query.disruptions.closures = ["Bravo"]
    var weights = try Self.weights(query)
    #expect(!weights.usable[try Self.arc("ab-road", in: network)])
    #expect(!weights.usable[try Self.arc("bc-road", in: network)])
    #expect(weights.usable[try Self.arc("ac-rail", in: network)])
    #expect(weights.weight[try Self.arc("ab-road", in: network)] == .zero)
    query.disruptions.closures = []
    query.constraints.avoidCarriers = ["trains"]
    weights = try Self.weights(query)
    #expect(!weights.usable[try Self.arc("ac-rail", in: network)])
    query.constraints.avoidCarriers = []
    query.constraints.avoidModes = [.road]
    weights = try Self.weights(query)
    #expect(!weights.usable[try Self.arc("ab-road", in: network)])
    #expect(weights.usable[try Self.arc("ac-rail", in: network)])
  }

  @Test func aDelayAtACityIsPaidOnLeavingIt() throws {
    let network = LineNetwork.compiled
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    query.disruptions.delays = [.init(target: "Bravo", delay: .hours(7))]
    let weights = try Self.weights(query)
    let into = try Self.arc("ab-road", in: network)
    let out = try Self.arc("bc-road", in: network)
    #expect(weights.delay[into] == 0 && weights.delay[out] == 420)
    #expect(weights.weight[out].time == .hours(17))
  }
}
