import Testing

@testable import SilkRoute

@Suite struct LabelSearchTests {
  /// A random query: random cargo, objective, departure (or none), constraints and disruptions.
  static func randomQuery(_ network: TransportNetwork, seed: UInt64, constrained: Bool, timed: Bool)
    -> (RouteQuery, origin: Int, destination: Int, via: [Int])
  {
    var rng = SplitMix64(seed: seed ^ 0xC0FFEE)
    let count = network.cityCount
    let origin = Int.random(in: 0..<count, using: &rng)
    var destination = Int.random(in: 0..<count - 1, using: &rng)
    if destination >= origin { destination += 1 }
    var query = RouteQuery(
      from: network.city(CityID(origin)).id, to: network.city(CityID(destination)).id,
      cargo: RandomNetwork.cargo(using: &rng),
      objective: Objective.allCases.randomElement(using: &rng) ?? .cheapest)
    var via: [Int] = []
    if timed {
      query.departure = Instant(minutesSinceEpoch: Int64.random(in: 29_000_000...29_100_000, using: &rng))
    }
    if constrained {
      var c = RouteConstraints()
      if Int.random(in: 0..<4, using: &rng) == 0 {
        let others = (0..<count).filter { $0 != origin && $0 != destination }
        if let city = others.randomElement(using: &rng) {
          via = [city]
          c.via = [network.city(CityID(city)).id]
        }
      }
      if Int.random(in: 0..<4, using: &rng) == 0 {
        c.avoidModes = [Mode.allCases.randomElement(using: &rng) ?? .air]
      }
      if Int.random(in: 0..<3, using: &rng) == 0 { c.maxLegs = Int.random(in: 1...3, using: &rng) }
      if Int.random(in: 0..<3, using: &rng) == 0 { c.maxTransfers = Int.random(in: 0...2, using: &rng) }
      if Int.random(in: 0..<3, using: &rng) == 0 {
        c.budget = Cents(Int64.random(in: 50_000...400_000, using: &rng))
      }
      if Int.random(in: 0..<3, using: &rng) == 0 {
        c.maxDuration = Minutes(Int64.random(in: 2_000...30_000, using: &rng))
      }
      let endpoints = Set(
        [network.city(CityID(origin)).country, network.city(CityID(destination)).country]
          + via.map { network.city(CityID($0)).country })
      if Int.random(in: 0..<5, using: &rng) == 0,
        let country = network.data.countries.map(\.code).filter({ !endpoints.contains($0) }).randomElement(
          using: &rng)
      {
        c.avoidCountries = [country]
      }
      query.constraints = c
      if Int.random(in: 0..<5, using: &rng) == 0 {
        let others = (0..<count).filter { $0 != origin && $0 != destination && !via.contains($0) }
        if let city = others.randomElement(using: &rng) {
          query.disruptions.delays = [
            Disruptions.Delay(
              target: network.city(CityID(city)).id, delay: Minutes(Int64.random(in: 60...5000, using: &rng)))
          ]
        }
      }
    }
    return (query, origin, destination, via)
  }

  static let criteriaSets: [[Criterion]] = [
    [.cost, .time, .co2], [.cost, .time], [.time, .co2], [.cost, .co2], [.cost, .documents],
    [.time, .cost, .documents],
  ]

  /// Pareto fronts and constrained optima equal brute-force enumeration on 2,400 seeded random
  /// networks: 300 each static/timed × unconstrained/constrained × without/with document regimes
  /// and multimodal transport operators (random coverage, places, fees, regime-break handling).
  @Test(arguments: [false, true], [(false, false), (false, true), (true, false), (true, true)])
  func paretoFrontMatchesBruteForce(documents: Bool, variant: (timed: Bool, constrained: Bool)) throws {
    let (timed, constrained) = variant
    var nonEmpty = 0
    for seed in UInt64(0)..<300 {
      let random = try #require(
        try? RandomParetoCase(seed: seed, documents: documents, timed: timed, constrained: constrained),
        "seed \(seed): invalid network")
      let (network, planner, query, via) = (random.network, random.planner, random.query, random.via)
      let (vectors, criteria, expected) = (random.vectors, random.criteria, random.front)
      let context =
        "seed \(seed) documents \(documents) timed \(timed) constrained \(constrained) criteria \(criteria) query \(query)"
      switch Result(catching: { () throws(RoutingError) -> [Itinerary] in
        try planner.paretoFront(query, criteria: criteria)
      }) {
      case .success(let front):
        let got = BruteForcePareto.projected(front, criteria)
        #expect(got == expected, "\(context)")
        nonEmpty += 1
        // The same front as vectors and paths: each route's totals are its itinerary's.
        let set = try planner.paretoSet(query, criteria: criteria)
        #expect(set.routes.count == front.count, "\(context)")
        for route in set.routes {
          let itinerary = set.itinerary(route)
          #expect(itinerary.routeTotals == route.totals, "\(context)")
          #expect(itinerary.totals.documents == route.documents, "\(context)")
        }
        // The scalar optimum under the same constraints is the brute-force lexicographic minimum.
        let best = try #require(try? planner.route(query), "\(context)")
        let bruteBest = vectors.map(\.totals).min { query.objective.key($0) < query.objective.key($1) }
        #expect(best.routeTotals == bruteBest, "\(context)")
        // Every returned route meets every constraint.
        for itinerary in front + [best] {
          let c = query.constraints
          #expect(c.maxLegs.map { itinerary.totals.legs <= $0 } ?? true, "\(context)")
          #expect(c.maxTransfers.map { itinerary.totals.transfers <= $0 } ?? true, "\(context)")
          #expect(c.budget.map { itinerary.totals.costCents <= $0 } ?? true, "\(context)")
          #expect(c.maxDuration.map { itinerary.totals.timeMinutes <= $0 } ?? true, "\(context)")
          #expect(itinerary.legs.allSatisfy { !c.avoidModes.contains($0.mode) }, "\(context)")
          let countries = itinerary.legs.flatMap { [$0.from.city.country, $0.to.city.country] }
          #expect(countries.allSatisfy { !c.avoidCountries.contains($0) }, "\(context)")
          if let city = via.first {
            let visited = itinerary.legs.map(\.to.city.id) + itinerary.transfers.map(\.to.city.id)
            #expect(visited.contains(network.city(CityID(city)).id), "\(context)")
          }
        }
      case .failure(let error):
        #expect(expected.isEmpty, "\(context): \(error), but brute force found \(expected)")
      }
    }
    #expect(nonEmpty > 60)
  }

}
