import Testing

@testable import SilkRoute

/// The planner's answers on `LineNetwork`, checked against what the map says: the road through
/// Bravo is cheap and slow, the rail line fast, dear and green.
@Suite struct RoutePlannerTests {
  static let road = RouteTotals(cost: Cents(200_000), time: .hours(20), co2: .zero)
  static let rail = RouteTotals(cost: Cents(300_000), time: .hours(5), co2: .zero)

  static func planner() throws -> RoutePlanner { RoutePlanner(network: try LineNetwork.network()) }

  static func services(_ itinerary: Itinerary) -> [String] { itinerary.legs.map(\.service) }

  @Test func eachObjectiveTakesItsRoute() throws {
    let planner = try Self.planner()
    let cheapest = try planner.route(RouteQuery(from: "Alpha", to: "Charlie"))
    #expect(Self.services(cheapest) == ["ab-road", "bc-road"])
    #expect(cheapest.totals.costCents == Self.road.cost && cheapest.totals.timeMinutes == Self.road.time)
    let fastest = try planner.route(RouteQuery(from: "Alpha", to: "Charlie", objective: .fastest))
    #expect(Self.services(fastest) == ["ac-rail"])
    #expect(fastest.totals.costCents == Self.rail.cost && fastest.totals.timeMinutes == Self.rail.time)
    let greenest = try planner.route(RouteQuery(from: "Alpha", to: "Charlie", objective: .greenest))
    #expect(Self.services(greenest) == ["ac-rail"])
    #expect(greenest.totals.co2Grams < cheapest.totals.co2Grams)
  }

  @Test func preparedQueriesAnswerAsTheirQuery() throws {
    let planner = try Self.planner()
    let query = RouteQuery(from: "alpha", to: "XACHA", objective: .fastest)
    let graph = try planner.prepare(query)
    #expect(graph.origin == CityID(0) && graph.destination == CityID(2))
    var search = ShortestPathSearch(network: planner.network)
    let path = try #require(try planner.bestPath(graph, using: &search))
    #expect(path.operatorIndex == nil)
    #expect(
      path.arcs.map { planner.network.data.services[Int(planner.network.arcService[$0.index])].id } == [
        "ac-rail"
      ])
    let prepared = try planner.route(prepared: graph, using: &search)
    #expect(prepared == (try planner.route(query)))
    #expect(prepared == (try planner.route(query, using: &search)))
  }

  @Test func namesAreResolvedOrRefused() throws {
    let planner = try Self.planner()
    #expect(throws: RoutingError.sameOriginAndDestination("Bravo")) {
      try planner.route(RouteQuery(from: "Midway", to: "bravo"))
    }
    #expect(throws: RoutingError.unknownCity("Charly", suggestions: ["Charlie"])) {
      try planner.route(RouteQuery(from: "Alpha", to: "Charly"))
    }
    #expect(throws: RoutingError.self) {
      try planner.route(
        RouteQuery(from: "Alpha", to: "Charlie", constraints: RouteConstraints(avoidCountries: ["XA"])))
    }
  }

  @Test func aBudgetedPlannerSharesItsNetwork() throws {
    let planner = try Self.planner()
    let budget = SearchBudget(SearchLimits(labels: 10))
    let budgeted = planner.budgeted(budget)
    #expect(budgeted.budget?.limits == budget.limits && planner.budget == nil)
    #expect(budgeted.network === planner.network)
    #expect(
      try budgeted.route(RouteQuery(from: "Alpha", to: "Charlie"))
        == planner.route(RouteQuery(from: "Alpha", to: "Charlie")))
  }
}
