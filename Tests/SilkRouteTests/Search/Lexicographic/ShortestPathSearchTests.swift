import Testing

@testable import SilkRoute

@Suite struct ShortestPathSearchTests {
  /// Dijkstra equals brute-force enumeration of all simple paths on 1,000 seeded random networks,
  /// for all three objectives, random cargo, cargo classes and allowed modes: on the kernel with
  /// the tie graph, and goal-directed by 1 to 3 landmarks.
  @Test func matchesBruteForceOnRandomNetworks() throws {
    var checkedRoutes = 0
    var checkedNoRoute = 0
    for seed in UInt64(0)..<1000 {
      let data = RandomNetwork.make(seed: seed)
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      var rng = SplitMix64(seed: seed ^ 0xA5A5)
      var search = ShortestPathSearch(network: network)
      for objective in Objective.allCases {
        let origin = Int.random(in: 0..<network.cityCount, using: &rng)
        var destination = Int.random(in: 0..<network.cityCount - 1, using: &rng)
        if destination >= origin { destination += 1 }
        var modes = Set(Mode.allCases.filter { _ in Int.random(in: 0..<5, using: &rng) > 0 })
        if Bool.random(using: &rng) { modes = Set(Mode.allCases) }
        let model = CargoCostModel(
          network: network, cargo: RandomNetwork.cargo(using: &rng), allowedModes: modes)
        let sources = Array(network.cityTerminals[origin])
        let targets = Array(network.cityTerminals[destination])
        let expected = BruteForce.best(
          in: network, from: sources, to: targets, objective: objective, weight: model.weight(of:))
        let found = search.shortestPath(
          from: sources, to: targets, objective: objective, weight: model.weight(of:))
        #expect(
          found?.totals == expected,
          "seed \(seed) \(objective): \(String(describing: found?.totals)) vs brute force \(String(describing: expected))"
        )
        let landmarks = Int(seed % 3) + 1
        let directed = search.shortestPath(
          from: sources, to: targets, objective: objective, landmarks: landmarks, weight: model.weight(of:))
        #expect(directed?.totals == expected, "seed \(seed) \(objective) with \(landmarks) landmarks")
        guard let found else {
          checkedNoRoute += 1
          continue
        }
        checkedRoutes += 1
        // The returned path is connected, starts and ends in the right cities and adds up.
        var at = try #require(found.arcs.first.map { network.arcTail[$0.index] }, "seed \(seed): empty path")
        #expect(sources.contains(at), "seed \(seed)")
        var sum = RouteTotals.zero
        for arc in found.arcs {
          #expect(network.arcTail[arc.index] == at, "seed \(seed): path breaks")
          sum = sum + (model.weight(of: arc.index) ?? RouteTotals(cost: Cents(-1), time: .zero, co2: .zero))
          at = network.arcHead[arc.index]
        }
        #expect(targets.contains(at), "seed \(seed)")
        #expect(sum == found.totals, "seed \(seed): path totals")
      }
    }
    // The generator must exercise both outcomes, or the comparison proves little.
    #expect(checkedRoutes > 900)
    #expect(checkedNoRoute > 50)
  }

  /// Ties everywhere: weights coarsened to a few values (many zeros, so zero-weight cycles too),
  /// on 1,000 seeded random networks with up to 6 cities; the tie-break over the paths that are
  /// optimal in the primary criterion must still find the brute-force optimum, with and without
  /// landmarks.
  @Test func breaksTiesExactlyOnCoarseWeights() throws {
    var checked = 0
    for seed in UInt64(0)..<1000 {
      let data = RandomNetwork.make(seed: seed)
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      var rng = SplitMix64(seed: seed ^ 0x7135)
      let model = CargoCostModel(network: network, cargo: RandomNetwork.cargo(using: &rng))
      func coarse(_ arc: Int) -> RouteTotals? {
        model.weight(of: arc).map {
          RouteTotals(
            cost: Cents($0.cost.rawValue % 3), time: Minutes($0.time.rawValue % 2),
            co2: Grams($0.co2.rawValue % 3))
        }
      }
      var search = ShortestPathSearch(network: network)
      for objective in Objective.allCases {
        let origin = Int.random(in: 0..<network.cityCount, using: &rng)
        let destination =
          (origin + 1 + Int.random(in: 0..<network.cityCount - 1, using: &rng)) % network.cityCount
        let sources = Array(network.cityTerminals[origin])
        let targets = Array(network.cityTerminals[destination])
        let expected = BruteForce.best(
          in: network, from: sources, to: targets, objective: objective, weight: coarse)
        let found = search.shortestPath(from: sources, to: targets, objective: objective, weight: coarse)
        #expect(found?.totals == expected, "seed \(seed) \(objective)")
        let directed = search.shortestPath(
          from: sources, to: targets, objective: objective, landmarks: 2, weight: coarse)
        #expect(directed?.totals == expected, "seed \(seed) \(objective) with landmarks")
        if let found {
          checked += 1
          var sum = RouteTotals.zero
          for arc in found.arcs {
            sum = sum + (coarse(arc.index) ?? RouteTotals(cost: Cents(-1), time: .zero, co2: .zero))
          }
          #expect(sum == found.totals, "seed \(seed): path totals")
        }
      }
    }
    #expect(checked > 1_000)
  }

  /// Weights beyond the kernel's 32 bits (every cost plus one, times 2³²): no kernel graph, so the
  /// lexicographic Dijkstra runs on the whole network; it must still equal brute force (300 seeds).
  @Test func weightsBeyondThirtyTwoBitsFallBackExactly() throws {
    var routes = 0
    for seed in UInt64(0)..<300 {
      let network = try #require(try? TransportNetwork(RandomNetwork.make(seed: seed)), "seed \(seed)")
      var rng = SplitMix64(seed: seed ^ 0xB16)
      let model = CargoCostModel(network: network, cargo: RandomNetwork.cargo(using: &rng))
      func heavy(_ arc: Int) -> RouteTotals? {
        model.weight(of: arc).map {
          RouteTotals(cost: Cents(($0.cost.rawValue + 1) * (1 << 32)), time: $0.time, co2: $0.co2)
        }
      }
      let usable = (0..<network.arcCount).contains { heavy($0) != nil }
      #expect(!usable || ShortestPathSearch.primaryGraph(network, .cheapest, heavy) == nil, "seed \(seed)")
      var search = ShortestPathSearch(network: network)
      let origin = Int.random(in: 0..<network.cityCount, using: &rng)
      let destination = (origin + 1) % network.cityCount
      let sources = Array(network.cityTerminals[origin])
      let targets = Array(network.cityTerminals[destination])
      let expected = BruteForce.best(
        in: network, from: sources, to: targets, objective: .cheapest, weight: heavy)
      let found = search.shortestPath(from: sources, to: targets, objective: .cheapest, weight: heavy)
      #expect(found?.totals == expected, "seed \(seed)")
      if found != nil { routes += 1 }
    }
    #expect(routes > 100)
  }

  @Test func lexicographicTieBreak() throws {
    // Two parallel services with equal cost: the cheapest route must take the faster one.
    var data = RandomNetwork.make(seed: 1)
    data.services = []
    data.transfers = []
    data.borderCrossings = []
    data.cities = [
      CityRecord(
        id: "a", name: "A", country: data.countries[0].code, latitude: 0, longitude: 0, sources: ["s"]),
      CityRecord(
        id: "b", name: "B", country: data.countries[0].code, latitude: 0, longitude: 0, sources: ["s"]),
    ]
    data.terminals = [
      TerminalRecord(id: "a-road", city: "a", mode: .road, name: "A road", sources: ["s"]),
      TerminalRecord(id: "b-road", city: "b", mode: .road, name: "B road", sources: ["s"]),
    ]
    for (id, minutes) in [("slow", 500), ("fast", 300)] {
      data.services.append(
        ServiceRecord(
          id: id, mode: .road, carrier: "k", from: "a-road", to: "b-road", bidirectional: false,
          distance: Kilometres(100), transit: Minutes(Int64(minutes)), tariff: Tariff(perFEU: Cents(1000)),
          co2Intensity: GramsPerTonneKilometre(62), distanceSources: ["s"], timeSources: ["s"],
          tariffSources: ["s"], co2Sources: ["s"]))
    }
    let planner = RoutePlanner(network: try TransportNetwork(data))
    let itinerary = try planner.route(RouteQuery(from: "A", to: "B"))
    #expect(itinerary.legs.map(\.service) == ["fast"])
    #expect(itinerary.totals.timeMinutes == Minutes(300))
  }
}
