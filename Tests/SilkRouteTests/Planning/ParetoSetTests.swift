import Testing

@testable import SilkRoute

@Suite struct ParetoSetTests {
  /// The parallel matrix call gives, query by query, what the sequential call gives: the same
  /// routes in the same order, or the same error.
  @Test func paretoSetsInParallelEqualTheSequentialAnswers() throws {
    for seed in UInt64(0)..<40 {
      var data = RandomNetwork.make(seed: seed, maxCities: 5, maxTerminalsPerCity: 3)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let ids = network.data.cities.map(\.id)
      let queries = ids.flatMap { from in ids.filter { $0 != from }.map { RouteQuery(from: from, to: $0) } }
      let parallel = planner.paretoSets(queries)
      #expect(parallel.count == queries.count, "seed \(seed)")
      for (query, answer) in zip(queries, parallel) {
        let sequential = Result(catching: { () throws(RoutingError) -> ParetoSet in
          try planner.paretoSet(query)
        })
        switch (answer, sequential) {
        case (.success(let got), .success(let expected)):
          #expect(got.routes == expected.routes, "seed \(seed) \(query.from)→\(query.to)")
        case (.failure(let got), .failure(let expected)):
          #expect("\(got)" == "\(expected)", "seed \(seed) \(query.from)→\(query.to)")
        default:
          Issue.record("seed \(seed) \(query.from)→\(query.to): \(answer) but sequentially \(sequential)")
        }
      }
    }
  }

  @Test func theParetoFrontHoldsBothRoutes() throws {
    let planner = try RoutePlannerTests.planner()
    let query = RouteQuery(from: "Alpha", to: "Charlie")
    let front = try planner.paretoFront(query, criteria: [.cost, .time])
    #expect(front.map(RoutePlannerTests.services) == [["ab-road", "bc-road"], ["ac-rail"]])
    let set = try planner.paretoSet(query, criteria: [.cost, .time])
    #expect(set.routes.map(\.totals.cost) == [RoutePlannerTests.road.cost, RoutePlannerTests.rail.cost])
    #expect(set.itineraries == front)
    let sets = planner.paretoSets([query, RouteQuery(from: "Alpha", to: "Delta")], criteria: [.cost, .time])
    #expect(try sets[0].get().routes == set.routes)
    #expect(throws: RoutingError.self) { try sets[1].get() }
    #expect(throws: RoutingError.invalidQuery(.pareto, "needs at least one criterion")) {
      try planner.paretoSet(query, criteria: [])
    }
  }
}
