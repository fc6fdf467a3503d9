import Testing

@testable import SilkRoute

/// `RoutePlanner.noRoute`: why there is no route, as a structured reason, on `LineNetwork`.
@Suite struct DiagnosisTests {
  @Test func noRouteSaysWhy() throws {
    let planner = try RoutePlannerTests.planner()
    func reason(_ query: RouteQuery) -> NoRouteReason? {
      do {
        _ = try planner.route(query)
        return nil
      } catch {
        guard case .noRoute(_, _, let reason) = error else { return nil }
        return reason
      }
    }
    #expect(reason(RouteQuery(from: "Alpha", to: "Delta")) == .notConnected(looseCargo: false))
    #expect(
      reason(
        RouteQuery(
          from: "Alpha", to: "Charlie", allowedModes: [.road, .sea, .air],
          disruptions: Disruptions(closures: ["bravo"])))
        == .cutBy([Restriction(.avoidModes, ["rail"]), Restriction(.closures, ["bravo"])]))
    #expect(
      reason(
        RouteQuery(
          from: "Alpha", to: "Charlie", constraints: RouteConstraints(avoidModes: [.rail], maxLegs: 1)))
        == .boundsMissed([.maxLegs(fewest: 2, limit: 1)]))
    #expect(
      reason(RouteQuery(from: "Alpha", to: "Charlie", constraints: RouteConstraints(budget: Cents(150_000))))
        == .boundsMissed([.budget(cheapest: RoutePlannerTests.road.cost, limit: Cents(150_000))]))
    #expect(
      reason(RouteQuery(from: "Alpha", to: "Charlie", disruptions: Disruptions(closures: ["Charlie"])))
        == .closed(city: "Charlie"))
  }
}
