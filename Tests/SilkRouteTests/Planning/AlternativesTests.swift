import Testing

@testable import SilkRoute

/// `RoutePlanner.alternatives` against brute force: every loopless route, booked its best way.
@Suite struct AlternativesTests {
  /// A random query with a route (`LabelSearchTests.randomQuery`, constrained, up to four tries),
  /// with one or two via cities on three seeds in four, and bounds drawn around its best route
  /// without bounds (from 10 % under to twice its cost and time, a few more legs and transfers),
  /// so that they cut alternatives and at times the best route.
  static func query(_ planner: RoutePlanner, seed: UInt64) -> (
    RouteQuery, origin: Int, destination: Int, via: [Int]
  )? {
    for attempt in UInt64(0)..<4 {
      if let found = query(planner, seed: seed, attempt: attempt) { return found }
    }
    return nil
  }

  static func query(_ planner: RoutePlanner, seed: UInt64, attempt: UInt64)
    -> (RouteQuery, origin: Int, destination: Int, via: [Int])?
  {
    let network = planner.network
    var (query, origin, destination, via) = LabelSearchTests.randomQuery(
      network, seed: seed &+ attempt << 40, constrained: true, timed: seed % 3 == 1)
    var rng = SplitMix64(seed: seed ^ 0xA17 &+ attempt << 40)
    let others = (0..<network.cityCount).filter { $0 != origin && $0 != destination }
    if seed % 8 != 0, !others.isEmpty {
      via = (0..<Int.random(in: 1...2, using: &rng)).compactMap { _ in others.randomElement(using: &rng) }
      if via.count == 2 && via[0] == via[1] { via.removeLast() }
      query.constraints.via = via.map { network.city(CityID($0)).id }
      let countries = Set(via.map { network.city(CityID($0)).country })
      if query.constraints.avoidCountries.contains(where: countries.contains) {
        query.constraints.avoidCountries = []
      }
    }
    var unbounded = query
    unbounded.constraints.maxLegs = nil
    unbounded.constraints.maxTransfers = nil
    unbounded.constraints.budget = nil
    unbounded.constraints.maxDuration = nil
    guard let best = try? planner.route(unbounded) else { return nil }
    func around(_ value: Int64) -> Int64 { value * Int64.random(in: 90...200, using: &rng) / 100 }
    var c = unbounded.constraints
    repeat {
      if Bool.random(using: &rng) { c.maxLegs = best.totals.legs + Int.random(in: -1...3, using: &rng) }
      if Bool.random(using: &rng) {
        c.maxTransfers = best.totals.transfers + Int.random(in: -1...2, using: &rng)
      }
      if Bool.random(using: &rng) { c.budget = Cents(around(best.totals.costCents.rawValue)) }
      if Bool.random(using: &rng) { c.maxDuration = Minutes(around(best.totals.timeMinutes.rawValue)) }
    } while !c.hasBounds
    query.constraints = c
    return (query, origin, destination, via)
  }

  /// A brute-force route: a path simple in (terminal, via layer) that ends at its first arrival at
  /// the destination after every via city, with the key of its best feasible booking.
  struct Candidate {
    var itinerary: Itinerary
    var key: SearchKey
  }

  /// Legs and transfers, each with its ends: a route's identity.
  static func identity(_ itinerary: Itinerary) -> [String] {
    itinerary.steps.compactMap { step in
      switch step {
      case .leg(let leg): "\(leg.service)@\(leg.from.id)>\(leg.to.id)"
      case .transfer(let transfer): "\(transfer.transfer)@\(transfer.from.id)>\(transfer.to.id)"
      case .border, .document, .fee: nil
      }
    }
  }

  /// The (terminal, via layer) states of `itinerary`, or nil when it passes a via city out of
  /// order or misses one.
  static func states(_ itinerary: Itinerary, via: [String]) -> [String]? {
    var layer = 0
    var states: [String] = []
    func visit(_ terminal: TerminalRef) {
      while layer < via.count && terminal.city.id == via[layer] { layer += 1 }
      states.append("\(terminal.id)#\(layer)")
    }
    for step in itinerary.steps {
      switch step {
      case .leg(let leg):
        if states.isEmpty { visit(leg.from) }
        visit(leg.to)
      case .transfer(let transfer):
        if states.isEmpty { visit(transfer.from) }
        visit(transfer.to)
      case .border, .document, .fee: break
      }
    }
    return layer == via.count ? states : nil
  }

  static func bruteForce(
    _ planner: RoutePlanner, _ query: RouteQuery, origin: Int, destination: Int, via: [Int]
  ) throws -> [Candidate]? {
    let network = planner.network
    let brute = BruteForcePareto(
      network: network, query: query, origin: origin, destination: destination, via: via)
    let builder = ItineraryBuilder(graph: try planner.prepare(query))
    var candidates: [Candidate] = []
    let paths = brute.allPaths(limit: 3000)
    guard paths.count <= 3000 else { return nil }
    for path in paths {
      // Through a destination terminal after the last via city only at the end.
      var layer = 0
      var passesDestination = false
      for (index, arc) in path.enumerated() {
        let city = network.terminalCity[network.arcHead[arc].index].index
        if layer == via.count && city == destination && index < path.count - 1 { passesDestination = true }
        while layer < via.count && city == via[layer] { layer += 1 }
      }
      guard !passesDestination else { continue }
      var best: (key: SearchKey, operator: Int?)?
      for booking in [Int?.none] + network.data.operators.indices.map(Optional.some) {
        guard let vector = brute.evaluate(path, operator: booking), brute.withinBounds(vector) else {
          continue
        }
        let key = query.objective.key(vector.totals)
        if best.map({ key < $0.key }) ?? true { best = (key, booking) }
      }
      guard let best else { continue }
      let itinerary = builder.itinerary(
        PlannedPath(arcs: path.map { ArcID($0) }, operatorIndex: best.operator))
      candidates.append(Candidate(itinerary: itinerary, key: best.key))
    }
    return candidates
  }

  /// On 2,400 seeded random networks (timetables on every third, documents and operators on odd
  /// seeds; every query constrained, bounds around its best route, one or two via cities on seven
  /// seeds in eight; K from 1 to 6; at least 600 with a route, 300 of them with via cities): the
  /// first route is `route(query)`'s and the brute-force optimum; every route is loopless (no
  /// terminal twice between via cities), passes the via cities in order, meets every constraint
  /// and has its best booking's totals; the routes are pairwise distinct and sorted by the
  /// objective's key; and they are exactly a greedy selection in key order: every route left out
  /// that is cheaper than the last one returned (any, when fewer than K are returned) is not
  /// distinct from a returned route at most as dear. Without a route, both throw the same error.
  @Test func matchBruteForceOnRandomNetworks() throws {
    var checked = 0
    var withVia = 0
    var several = 0
    var fewer = 0
    var skipped = 0
    for seed in UInt64(0)..<2400 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      if seed % 3 == 1 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      guard let (query, origin, destination, via) = Self.query(planner, seed: seed) else { continue }
      let count = Int(seed % 6) + 1
      let context = "seed \(seed) K \(count) query \(query)"
      let best = Result { () throws(RoutingError) in try planner.route(query) }
      let answer = Result { () throws(RoutingError) in
        try planner.alternatives(query, count: count, budget: .init(routes: .max, labels: .max))
      }
      guard case .success(let routes) = answer, case .success(let optimum) = best else {
        if case .failure(let error) = best {
          #expect(answer.map(\.count) == .failure(error), "\(context): alternatives and route disagree")
        } else {
          Issue.record("\(context): alternatives fail (\(answer)) but route gives \(best)")
        }
        continue
      }
      guard
        let candidates = try Self.bruteForce(
          planner, query, origin: origin, destination: destination, via: via)
      else {
        skipped += 1
        continue
      }
      let keys = Dictionary(candidates.map { (Self.identity($0.itinerary), $0.key) }) { a, _ in a }
      let bruteBest = try #require(candidates.map(\.key).min(), "\(context): brute force finds none")
      checked += 1
      if !via.isEmpty { withVia += 1 }
      if routes.count > 1 { several += 1 }
      if routes.count < count { fewer += 1 }

      let objective = query.objective
      #expect(
        routes.first?.itinerary.routeTotals == optimum.routeTotals, "\(context): first is not route(query)")
      #expect(routes.first.map { objective.key($0.itinerary.routeTotals) } == bruteBest, "\(context)")
      #expect(routes.map(\.rank) == Array(1...routes.count), "\(context)")
      #expect(routes.count <= count, "\(context)")
      let viaIDs = query.constraints.via
      let c = query.constraints
      for route in routes.map(\.itinerary) {
        let key = objective.key(route.routeTotals)
        #expect(
          keys[Self.identity(route)] == key, "\(context): \(Self.identity(route)) is not a best booking")
        let states = Self.states(route, via: viaIDs)
        #expect(states != nil, "\(context): misses a via city")
        if let states { #expect(Set(states).count == states.count, "\(context): loop in \(states)") }
        #expect(c.maxLegs.map { route.totals.legs <= $0 } ?? true, "\(context)")
        #expect(c.maxTransfers.map { route.totals.transfers <= $0 } ?? true, "\(context)")
        #expect(c.budget.map { route.totals.costCents <= $0 } ?? true, "\(context)")
        #expect(c.maxDuration.map { route.totals.timeMinutes <= $0 } ?? true, "\(context)")
        #expect(route.legs.allSatisfy { !c.avoidModes.contains($0.mode) }, "\(context)")
        let countries = route.legs.flatMap { [$0.from.city.country, $0.to.city.country] }
        #expect(countries.allSatisfy { !c.avoidCountries.contains($0) }, "\(context)")
      }
      for (index, route) in routes.enumerated() {
        for other in routes[..<index] {
          #expect(RoutePlanner.isDistinct(route.itinerary, from: other.itinerary), "\(context): not distinct")
        }
      }
      let routeKeys = routes.map { objective.key($0.itinerary.routeTotals) }
      #expect(
        zip(routeKeys, routeKeys.dropFirst()).allSatisfy { $0 <= $1 }, "\(context): not sorted \(routeKeys)")
      // Greedy in key order: what was left out is covered by a returned route at most as dear.
      let returned = Set(routes.map { Self.identity($0.itinerary) })
      for candidate in candidates where !returned.contains(Self.identity(candidate.itinerary)) {
        guard routes.count < count || routeKeys.last.map({ candidate.key < $0 }) ?? true else { continue }
        let covered = routes.contains { route in
          objective.key(route.itinerary.routeTotals) <= candidate.key
            && !RoutePlanner.isDistinct(candidate.itinerary, from: route.itinerary)
        }
        #expect(covered, "\(context): \(Self.identity(candidate.itinerary)) at \(candidate.key) left out")
      }
    }
    #expect(
      checked >= 600 && withVia >= 300 && several >= 50 && fewer >= 100 && skipped <= 10,
      "checked \(checked), with via \(withVia), several \(several), fewer than K \(fewer), skipped \(skipped)"
    )
  }

  /// Alternatives are loopless, distinct, meet every constraint, and the first is the optimum.
  @Test func alternativesAreLooplessDistinctAndFeasible() throws {
    var checked = 0
    for seed in UInt64(0)..<300 {
      var data = RandomNetwork.make(seed: seed, maxCities: 5, maxTerminalsPerCity: 3)
      if seed % 2 == 0 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data))
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: seed % 2 == 0)
      guard let routes = try? planner.alternatives(query, count: 4) else { continue }
      checked += 1
      let best = try planner.route(query)
      #expect(routes.first?.itinerary.routeTotals == best.routeTotals, "seed \(seed)")
      for route in routes {
        let path = route.itinerary.terminalPath
        #expect(Set(path).count == path.count, "seed \(seed): loop in \(path)")
        #expect(RoutePlanner.meets(query.constraints, route.itinerary), "seed \(seed)")
        #expect(
          route.itinerary.legs.allSatisfy { !query.constraints.avoidModes.contains($0.mode) }, "seed \(seed)")
      }
      let signatures = routes.map {
        $0.itinerary.legs.map(\.service) + $0.itinerary.transfers.map(\.transfer)
      }
      #expect(Set(signatures).count == signatures.count, "seed \(seed): duplicate alternatives")
    }
    #expect(checked > 100)
  }

  @Test func alternativesStartWithTheBestRoute() throws {
    let planner = try RoutePlannerTests.planner()
    let routes = try planner.alternatives(RouteQuery(from: "Alpha", to: "Charlie"), count: 3)
    #expect(routes.map(\.rank) == Array(1...routes.count))
    #expect(
      routes.map { RoutePlannerTests.services($0.itinerary) }.prefix(2) == [
        ["ab-road", "bc-road"], ["ac-rail"],
      ])
    #expect(routes[0].distinction == "best cheapest route")
    #expect(routes[1].distinction.hasPrefix("by rail instead of road"))
    #expect(throws: RoutingError.invalidQuery(.alternatives, "must be at least 1")) {
      try planner.alternatives(RouteQuery(from: "Alpha", to: "Charlie"), count: 0)
    }
  }
}
