import Testing

@testable import SilkRoute

/// A budget changes nothing while it lasts, and every kind of answer stops with its error once it
/// is spent or cancelled.
@Suite struct SearchBudgetTests {
  /// The answers of one planner on one query: best route, Pareto set, alternatives, latest
  /// departure, as comparable text (routes or the error).
  static func answers(_ planner: RoutePlanner, _ query: RouteQuery) -> [String] {
    func text<T>(_ body: () throws -> T) -> String {
      do { return "\(try body())" } catch { return "error: \(error)" }
    }
    var timed = query
    timed.departure = Instant(iso8601: "2026-12-01T08:00Z")
    return [
      text { try planner.route(query).routeTotals },
      text { try planner.paretoSet(query).routes },
      text { try planner.alternatives(query, count: 3).map(\.itinerary.routeTotals) },
      text { try planner.latestDeparture(query, arriveBy: Instant(minutesSinceEpoch: 29_000_000)).departure },
      text { try planner.route(timed).routeTotals },
    ]
  }

  static func planners(seeds: Range<UInt64>) throws -> [(UInt64, RoutePlanner)] {
    try seeds.map { seed in
      var data = RandomNetwork.make(seed: seed)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      if seed % 3 == 0 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      return (seed, RoutePlanner(network: network))
    }
  }

  static func query(_ planner: RoutePlanner) -> RouteQuery {
    let ids = planner.network.data.cities.map(\.id)
    return RouteQuery(from: ids[0], to: ids[ids.count - 1])
  }

  @Test func aBudgetThatLastsChangesNothing() throws {
    for (seed, planner) in try Self.planners(seeds: 0..<60) {
      let query = Self.query(planner)
      let budgeted = planner.budgeted(SearchBudget(SearchLimits(time: .seconds(600))))
      #expect(Self.answers(budgeted, query) == Self.answers(planner, query), "seed \(seed)")
    }
  }

  @Test func aSpentBudgetStopsEveryAnswer() throws {
    for (seed, planner) in try Self.planners(seeds: 0..<12) {
      let query = Self.query(planner)
      let spent = planner.budgeted(SearchBudget(SearchLimits(time: .zero)))
      for answer in Self.answers(spent, query) {
        #expect(
          answer.hasPrefix("error: the search ran out of its time budget of 0 s"), "seed \(seed): \(answer)")
      }
      let cancellation = SearchCancellation()
      cancellation.cancel()
      let cancelled = planner.budgeted(SearchBudget(SearchLimits(), cancellation: cancellation))
      for answer in Self.answers(cancelled, query) {
        #expect(answer == "error: \(RoutingError.cancelled)", "seed \(seed): \(answer)")
      }
    }
  }

  @Test func theLabelLimitComesFromTheBudget() throws {
    for (seed, planner) in try Self.planners(seeds: 0..<12) {
      let query = Self.query(planner)
      guard (try? planner.paretoSet(query)) != nil else { continue }
      let small = planner.budgeted(SearchBudget(SearchLimits(labels: 1)))
      #expect(throws: RoutingError.searchTooLarge(labels: 1), "seed \(seed)") { try small.paretoSet(query) }
    }
  }

  @Test func overrunsSayWhichBudgetAndByHowMuch() {
    #expect(BudgetOverrun.seconds(.seconds(5)) == "5 s")
    #expect(BudgetOverrun.seconds(.milliseconds(250)) == "0.25 s")
    #expect(BudgetOverrun.seconds(.milliseconds(12_041)) == "12.04 s")
    #expect(BudgetOverrun.seconds(.milliseconds(5_007)) == "5 s")
    #expect(BudgetOverrun.seconds(.milliseconds(500)) == "0.5 s")
    #expect(BudgetOverrun.seconds(.milliseconds(61_090)) == "61.09 s")
    let error = RoutingError.budgetExceeded(.time(limit: .seconds(5), spent: .milliseconds(5_120)))
    #expect(
      error.description
        == "the search ran out of its time budget of 5 s (stopped after 5.12 s); narrow it with constraints (e.g. maxLegs) or fewer criteria"
    )
    #expect(error.parameter == nil && RoutingError.cancelled.parameter == nil)
  }
}
