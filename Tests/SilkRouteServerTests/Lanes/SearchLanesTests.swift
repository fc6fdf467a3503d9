import SilkRoute
import SilkRouteAPI
import Testing

@testable import SilkRouteServer

/// Heavy requests (fronts, alternatives, latest departures, via points) go to their own lane, and
/// a 503 asks the client to wait as long as a search may run.
@Suite struct SearchLanesTests {
  func plan(_ request: RouteRequest) throws -> PlanRequest { try request.plan() }

  @Test func heavyRequestsTakeTheHeavyLane() throws {
    let lanes = SearchLanes(configuration: ServerConfiguration(heavySearches: 1, quickSearches: 1))
    var via = RouteRequest(from: "A", to: "B")
    via.constraints = .init(via: ["C"])
    let heavy = [
      RouteRequest(from: "A", to: "B", pareto: ["cost", "time"]),
      RouteRequest(from: "A", to: "B", alternatives: 3),
      RouteRequest(from: "A", to: "B", arriveBy: "2026-12-20T00:00Z"),
      via,
    ]
    for request in heavy {
      let plan = try plan(request)
      #expect(plan.isHeavy, "\(request)")
      #expect(lanes.lane(for: plan) === lanes.heavy, "\(request)")
    }
    let quick = try plan(RouteRequest(from: "A", to: "B", objective: "fastest", depart: "2026-12-01T00:00Z"))
    #expect(!quick.isHeavy)
    #expect(lanes.lane(for: quick) === lanes.quick)
  }

  @Test func retryAfterIsTheSearchTimeLimitRoundedUp() {
    func retry(_ limits: SearchLimits, queue: Duration = .seconds(10)) -> Int {
      SearchLanes(configuration: ServerConfiguration(searchLimits: limits, searchQueueTimeout: queue))
        .retryAfterSeconds
    }
    #expect(retry(SearchLimits(time: .seconds(5))) == 5)
    #expect(retry(SearchLimits(time: .milliseconds(5_200))) == 6)
    #expect(retry(SearchLimits(time: .milliseconds(10))) == 1)
    #expect(retry(SearchLimits(time: .zero)) == 1)
    #expect(retry(SearchLimits(), queue: .seconds(7)) == 7)
  }
}
