import Testing

@testable import SilkRoute

@Suite struct QueryGraphTests {
  /// A prepared query keeps its lower bounds: searching it again gives the same answer as a fresh
  /// query, and a copy whose arcs change computes its own bounds instead of reusing stale ones.
  @Test func preparedQueriesReuseTheirBoundsUntilTheArcsChange() throws {
    var checked = 0
    for seed in UInt64(0)..<200 {
      var data = RandomNetwork.make(seed: seed, maxCities: 5, maxTerminalsPerCity: 3)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let objective = Objective.allCases[Int(seed % 3)]
      let query = RouteQuery(
        from: network.city(CityID(0)).id, to: network.city(CityID(1)).id, objective: objective)
      guard let graph = try? planner.prepare(query) else { continue }
      var search = ShortestPathSearch(network: network)
      let fresh = try? planner.bestPath(graph, using: &search)
      for _ in 0..<3 {
        #expect(try planner.bestPath(graph, using: &search) == fresh, "seed \(seed)")
      }
      let bounds = graph.lowerBounds()
      let recomputed = LowerBounds(graph: graph)
      #expect(bounds.cost == recomputed.cost && bounds.time == recomputed.time, "seed \(seed)")
      #expect(bounds.co2 == recomputed.co2, "seed \(seed)")
      // Dearer arcs: the copy's bounds are its own, the original's stay as they were.
      var dearer = graph
      dearer.weight = FlatArray(
        dearer.weight.map { weight in
          RouteTotals(cost: weight.cost + Cents(1_000_000), time: weight.time + Minutes(600), co2: weight.co2)
        })
      let copied = dearer.lowerBounds()
      let expected = LowerBounds(graph: dearer)
      #expect(copied.cost == expected.cost && copied.time == expected.time, "seed \(seed)")
      #expect(graph.lowerBounds().cost == recomputed.cost, "seed \(seed)")
      if fresh != nil { checked += 1 }
    }
    #expect(checked > 50)
  }

  /// The graph answers from the query's names: endpoints, via cities, sources and targets, and
  /// whether the destination can be reached at all.
  @Test func aGraphResolvesItsQueryAndKnowsWhatIsReachable() throws {
    let network = LineNetwork.compiled
    let resolver = CityResolver(network: network)
    var query = RouteQuery(from: "Alpha", to: "XA CHA")
    query.constraints.via = ["Midway"]
    let graph = try QueryGraph(query: query, network: network, resolver: resolver)
    #expect(graph.origin == CityID(0) && graph.destination == CityID(2) && graph.via == [CityID(1)])
    #expect(
      graph.sources == [TerminalID(0), TerminalID(1)] && graph.targets == [TerminalID(3), TerminalID(4)])
    #expect(graph.reachesDestination)
    query.constraints.avoidModes = [.road]
    #expect(!(try QueryGraph(query: query, network: network, resolver: resolver)).reachesDestination)
    query.constraints = RouteConstraints()
    query.disruptions.closures = ["Charlie"]
    let closed = try QueryGraph(query: query, network: network, resolver: resolver)
    #expect(closed.targets.isEmpty && !closed.reachesDestination)
    #expect(throws: RoutingError.self) {
      try QueryGraph(query: RouteQuery(from: "Alpha", to: "Nowhere"), network: network, resolver: resolver)
    }
  }
}
