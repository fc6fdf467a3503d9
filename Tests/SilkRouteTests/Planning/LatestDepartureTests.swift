import Testing

@testable import SilkRoute

/// `RoutePlanner.latestDeparture`: the latest departure that arrives by a deadline.
@Suite struct LatestDepartureTests {
  /// `latestDeparture` against brute force on 1,200 seeded random timetabled networks (400 per
  /// objective; documents and operators on odd seeds, constraints other than a duration limit on
  /// every third). Every booking of every simple path (leg by leg, under each operator's B/L) gets
  /// its own latest departure in time by a binary search on that path alone; from those: the
  /// latest of all (fastest), or the latest among the cheapest (greenest) over the horizon. The
  /// answer must leave exactly then with the objective's best route from then; on a grid over the
  /// horizon no departure reaches a better primary value in time (fastest: no later one arrives),
  /// and one minute after the answer none reaches its value (fastest: none arrives at all), by
  /// brute force and by the planner.
  @Test(arguments: Objective.allCases)
  func arriveByMatchesBruteForce(objective: Objective) throws {
    let deadline = Instant(minutesSinceEpoch: 29_050_000)
    let horizon = Minutes.days(20)
    let start = deadline.minutesSinceEpoch - horizon.rawValue
    var checked = 0
    for seed in UInt64(0)..<400 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      RandomNetwork.addTimetables(to: &data, seed: seed)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      var (query, origin, destination, via) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: false)
      query.objective = objective
      query.constraints.maxDuration = nil
      let context = "seed \(seed) objective \(objective) query \(query)"
      let brute = BruteForcePareto(
        network: network, query: query, origin: origin, destination: destination, via: via)
      /// The booking's criteria leaving at `departure`, if it arrives in time and meets the bounds.
      func inTime(_ booking: (path: [Int], operator: Int?), _ departure: Int64) -> CriteriaVector? {
        guard let v = brute.evaluate(booking.path, operator: booking.operator, departure: departure),
          brute.withinBounds(v), departure + v.time <= deadline.minutesSinceEpoch
        else { return nil }
        return v
      }
      let bookings = brute.allPaths().flatMap { path in
        [(path: path, operator: Int?.none)]
          + network.data.operators.indices.map { (path: path, operator: $0) }
      }
      // Each booking that arrives in time from the horizon's start, its latest such departure.
      var latest: [(primary: Int64, departure: Int64)] = []
      for booking in bookings {
        guard let first = inTime(booking, start) else { continue }
        var low = start
        var high = deadline.minutesSinceEpoch
        while low < high {
          let middle = low + (high - low + 1) / 2
          if inTime(booking, middle) != nil { low = middle } else { high = middle - 1 }
        }
        latest.append((objective.key(first.totals).primary, low))
      }
      /// The best key by brute force leaving at `departure`, nil when nothing arrives in time.
      func bestKey(_ departure: Int64) -> SearchKey? {
        bookings.compactMap { inTime($0, departure).map { objective.key($0.totals) } }.min()
      }
      let result = Result { () throws(RoutingError) -> Itinerary in
        try planner.latestDeparture(query, arriveBy: deadline, horizon: horizon)
      }
      guard let bestPrimary = latest.map(\.primary).min() else {
        if case .success(let itinerary) = result {
          Issue.record("\(context): brute force finds none, got \(itinerary.routeTotals)")
        }
        continue
      }
      let expected =
        objective == .fastest
        ? latest.map(\.departure).max() : latest.filter { $0.primary == bestPrimary }.map(\.departure).max()
      guard case .success(let itinerary) = result, let departure = itinerary.departure,
        let arrival = itinerary.arrival, let expected
      else {
        Issue.record("\(context): \(result), but brute force leaves at \(expected.map(String.init) ?? "-")")
        continue
      }
      checked += 1
      let leaves = departure.minutesSinceEpoch
      #expect(leaves == expected, "\(context): leaves at \(leaves), brute force at \(expected)")
      #expect(arrival <= deadline, "\(context)")
      #expect(objective.key(itinerary.routeTotals) == bestKey(leaves), "\(context)")
      #expect(StepTotals.mismatches(itinerary).isEmpty, "\(context): \(StepTotals.mismatches(itinerary))")
      // On a grid over the horizon: no departure reaches a better primary value in time
      // (fastest: no later departure arrives in time).
      for minute in stride(from: start, through: deadline.minutesSinceEpoch, by: 719) {
        guard let key = bestKey(minute) else { continue }
        if objective == .fastest {
          #expect(minute <= leaves, "\(context): leaving at \(minute) still arrives")
        } else {
          #expect(key.primary >= bestPrimary, "\(context): leaving at \(minute) reaches \(key.primary)")
        }
      }
      // One minute later: nothing in time (fastest), or nothing as good.
      let later = bestKey(leaves + 1)
      var probe = query
      probe.departure = departure + Minutes(1)
      probe.constraints.maxDuration = deadline - (departure + Minutes(1))
      let planned = try? planner.route(probe)
      for key in [later, planned.map { objective.key($0.routeTotals) }] {
        if objective == .fastest {
          #expect(key == nil, "\(context): leaving a minute later still arrives")
        } else {
          #expect(key.map { $0.primary > bestPrimary } ?? true, "\(context): a minute later is as good")
        }
      }
    }
    #expect(checked > 80)
  }

  @Test func latestDepartureLeavesAsLateAsItCan() throws {
    let planner = try RoutePlannerTests.planner()
    let deadline = try #require(Instant(iso8601: "2026-12-10T00:00Z"))
    let fastest = try planner.latestDeparture(
      RouteQuery(from: "Alpha", to: "Charlie", objective: .fastest), arriveBy: deadline, horizon: .days(2))
    // Without timetables the rail line leaves whenever the cargo is ready: 5 h before the deadline.
    #expect(fastest.departure == Instant(minutesSinceEpoch: deadline.minutesSinceEpoch - 300))
    let cheapest = try planner.latestDeparture(
      RouteQuery(from: "Alpha", to: "Charlie"), arriveBy: deadline, horizon: .days(2))
    #expect(RoutePlannerTests.services(cheapest) == ["ab-road", "bc-road"])
    #expect(cheapest.departure == Instant(minutesSinceEpoch: deadline.minutesSinceEpoch - 1200))
  }
}
