import Testing

@testable import SilkRoute

/// ε-approximate fronts (`TargetRelaxation`, `RoutePlanner.paretoSet(_:criteria:epsilon:)`) keep
/// their guarantee against the exact front found by brute force.
@Suite struct TargetRelaxationTests {
  static let tolerances: [Int64] = [10_000, 100_000, 250_000, 1_000_000]

  /// On 640 seeded random networks (static/timed × unconstrained/constrained × without/with
  /// document regimes, 80 each): every exact Pareto-optimal vector is within a factor 1 + E, in
  /// every criterion, of a returned route; every returned route is a real route (its vector is
  /// one brute force enumerates, its itinerary prices it alike); no returned route dominates
  /// another.
  @Test(arguments: [false, true], [(false, false), (false, true), (true, false), (true, true)])
  func everyParetoRouteIsWithinTheToleranceOfOneReturned(
    documents: Bool, variant: (timed: Bool, constrained: Bool)
  ) throws {
    let (timed, constrained) = variant
    var answered = 0
    for seed in UInt64(1_000)..<1_080 {
      let random = try #require(
        try? RandomParetoCase(seed: seed, documents: documents, timed: timed, constrained: constrained),
        "seed \(seed): invalid network")
      let (planner, query, vectors, criteria, exact) = (
        random.planner, random.query, random.vectors, random.criteria, random.front
      )
      let epsilon = try #require(ParetoEpsilon(partsPerMillion: Self.tolerances[Int(seed / 7 % 4)]))
      let context = "seed \(seed) documents \(documents) timed \(timed) criteria \(criteria) E \(epsilon)"
      guard let set = try? planner.paretoSet(query, criteria: criteria, epsilon: epsilon) else {
        #expect(exact.isEmpty, "\(context): no answer, but brute force found \(exact)")
        continue
      }
      answered += 1
      #expect(set.epsilon == epsilon, "\(context)")
      let returned = set.routes.map { route in
        BruteForcePareto.project(
          CriteriaVector(
            cost: route.totals.cost.rawValue, time: route.totals.time.rawValue,
            co2: route.totals.co2.rawValue,
            documents: Int64(route.documents)), criteria)
      }
      let achievable = Set(vectors.map { BruteForcePareto.project($0, criteria) })
      for (route, vector) in zip(set.routes, returned) {
        #expect(achievable.contains(vector), "\(context): \(vector) is no route's")
        #expect(set.itinerary(route).routeTotals == route.totals, "\(context)")
      }
      for p in exact {
        let covered = returned.contains { r in zip(r, p).allSatisfy { $0 <= epsilon.relaxed($1) } }
        #expect(covered, "\(context): Pareto-optimal \(p) is not within 1 + E of any of \(returned)")
      }
      for (i, a) in returned.enumerated() {
        for b in returned[(i + 1)...] {
          #expect(!zip(a, b).allSatisfy { $0 <= $1 } && !zip(b, a).allSatisfy { $0 <= $1 }, "\(context)")
        }
      }
    }
    #expect(answered > 10)
  }

  /// On 120 larger seeded networks (8 cities, 4 terminals each, timetables and document regimes in
  /// turn), against the exact search (itself proved against brute force above): the guarantee
  /// holds, and the tolerance leaves routes out (164 exact routes in all, 127 with the tolerance).
  @Test func largerFrontsShrinkAndKeepTheGuarantee() throws {
    var (exactRoutes, approximateRoutes) = (0, 0)
    for seed in UInt64(5_000)..<5_120 {
      var data = RandomNetwork.make(seed: seed, maxCities: 8, maxTerminalsPerCity: 4)
      if seed % 2 == 0 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      if seed % 3 == 0 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: false, timed: seed % 3 == 0)
      let epsilon = try #require(ParetoEpsilon(partsPerMillion: seed % 2 == 0 ? 100_000 : 500_000))
      guard let exact = try? planner.paretoSet(query) else { continue }
      let approximate = try planner.paretoSet(query, epsilon: epsilon)
      for p in exact.routes {
        let covered = approximate.routes.contains { r in
          r.totals.cost.rawValue <= epsilon.relaxed(p.totals.cost.rawValue)
            && r.totals.time.rawValue <= epsilon.relaxed(p.totals.time.rawValue)
            && r.totals.co2.rawValue <= epsilon.relaxed(p.totals.co2.rawValue)
        }
        #expect(covered, "seed \(seed) E \(epsilon): \(p.totals) is not covered")
      }
      exactRoutes += exact.routes.count
      approximateRoutes += approximate.routes.count
    }
    #expect(exactRoutes > 100)
    #expect(approximateRoutes < exactRoutes, "\(approximateRoutes) of \(exactRoutes) routes")
  }

  @Test func theRelaxationRaisesOnlyTheFrontsCriteria() throws {
    let epsilon = try #require(ParetoEpsilon(partsPerMillion: 500_000))
    let relaxation = TargetRelaxation(epsilon, dimensions: [.cost, .documents])
    let f = CriteriaVector(cost: 1_001, time: 1_000, co2: 1_000, legs: 3, transfers: 3, documents: 3)
    let relaxed = relaxation.apply(f)
    #expect(
      relaxed == CriteriaVector(cost: 1_501, time: 1_000, co2: 1_000, legs: 3, transfers: 3, documents: 4))
  }
}
