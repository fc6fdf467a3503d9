import Foundation
import SilkRoute

/// One planner, shared: answers a `RouteRequest` with a stamped `RouteResponse`, the same way for
/// the CLI, the HTTP API and library callers. `Sendable`: any number of tasks may call it at once;
/// each call keeps its own search state.
public struct BookingService: Sendable {
  /// Kept inside: front-ends ask the service, never the planner behind it.
  let planner: RoutePlanner
  /// Cells of matrices answered so far, by every copy of this service (``matrixCellsAnswered``).
  let matrixStatistics = MatrixStatistics()
  /// The network's validity ends, read for the first quote and kept by every copy.
  let quoteBounds: QuoteBounds
  public let dataVersion: String
  /// Today (days since 1970-01-01, UTC), against which quotes are checked for expiry: the system
  /// clock's date unless set (tests, replays).
  public var today: @Sendable () -> Int32 = BookingService.systemToday

  /// The network every answer is planned on (front-ends draw and list it).
  public var network: TransportNetwork { planner.network }

  public init(network: TransportNetwork, dataVersion: String) {
    planner = RoutePlanner(network: network)
    quoteBounds = QuoteBounds(network: network)
    self.dataVersion = dataVersion
  }

  /// The system clock's date, in days since 1970-01-01 (UTC).
  public static let systemToday: @Sendable () -> Int32 = {
    Int32(clamping: Int64((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// - Parameter budget: what the answer may spend (nil: no time limit, the default label limit).
  /// - Throws: `RequestError` for a bad field, `RoutingError` when the planner has no answer.
  public func answer(_ request: RouteRequest, budget: SearchBudget? = nil) throws -> RouteResponse {
    try answer(request.plan(), budget: budget)
  }

  /// The answer to a checked request.
  ///
  /// - A Pareto front is ordered by the objective (cheapest: by cost, then time, then CO2).
  /// - With disruptions, single-route answers carry the undisrupted baseline and the change;
  ///   fronts and alternatives are those of the disrupted network.
  /// - With a `budget`, every search checks it; an answer is complete or not given: when the
  ///   budget runs out at any point (its diagnosis of a missing route or the undisrupted baseline
  ///   included), the error is the budget's (`.budgetExceeded`, `.cancelled`). One exception: a
  ///   Pareto front whose search the time or label limit stopped after it found routes is
  ///   answered with those, marked `paretoIncomplete` with how far the front was proved.
  ///
  /// - With `departWindow`, each departure is answered as the request with `depart` set to it;
  ///   a departure without a route is a row saying why in `wording`.
  ///
  /// - Throws: `RoutingError` when the planner has no answer.
  public func answer(
    _ plan: PlanRequest, budget: SearchBudget? = nil, wording: ErrorWording = RequestField.jsonWording
  ) throws(RoutingError) -> RouteResponse {
    try answer(plan, budget: budget, wording: wording, quoteID: nil)
  }

  /// The same, given the id of `plan`'s quote key when the caller has it (a matrix cell's).
  func answer(_ plan: PlanRequest, budget: SearchBudget?, wording: ErrorWording, quoteID: String?)
    throws(RoutingError) -> RouteResponse
  {
    let rate = try exchangeRate(plan.currency)
    let planner = budget.map(self.planner.budgeted) ?? self.planner
    var response: RouteResponse
    do {
      response = try answer(plan, planner: planner, wording: wording)
    } catch {
      throw budget?.exhausted ?? error
    }
    // A front the budget stopped is answered as far as it was proved (and says so).
    if response.paretoIncomplete == nil { try budget?.check() }
    response.networkDate = plan.query.validityDay(in: planner.network).map {
      String(Instant(minutesSinceEpoch: Int64($0) * 1440).iso8601.prefix(10))
    }
    // Each departure of a sweep routes on its own day's network.
    if case .departureSweep = plan.mode, plan.query.asOf == nil { response.networkDate = nil }
    response.quote = try quote(of: response, for: plan, rate: rate, id: quoteID)
    return response
  }

  private func answer(_ plan: PlanRequest, planner: RoutePlanner, wording: ErrorWording) throws(RoutingError)
    -> RouteResponse
  {
    let query = plan.query
    let network = planner.network
    switch plan.mode {
    case .pareto(let criteria, let epsilon):
      let set = try planner.paretoSet(query, criteria: criteria, epsilon: epsilon)
      let front = set.itineraries.enumerated().sorted { a, b in
        let (x, y) = (query.objective.key(a.element.routeTotals), query.objective.key(b.element.routeTotals))
        return x != y ? x < y : a.offset < b.offset
      }.map(\.element)
      return RouteResponse(
        dataVersion: dataVersion, network: network, paretoFront: front, paretoCriteria: criteria,
        paretoApproximation: epsilon.map { ParetoApproximation(epsilon: $0, criteria: criteria) },
        paretoIncomplete: set.incomplete.map(ParetoIncompleteness.init), warnings: plan.warnings)
    case .alternatives(let count):
      let routes = try planner.alternatives(query, count: count)
      return RouteResponse(
        dataVersion: dataVersion, network: network, alternatives: routes, warnings: plan.warnings)
    case .departureSweep(let window):
      let sweep = try departureSweep(plan, window: window, planner: planner, wording: wording)
      return RouteResponse(
        dataVersion: dataVersion, network: network, warnings: plan.warnings, departureSweep: sweep)
    case .best, .latestDeparture:
      let route = try Self.route(query, mode: plan.mode, planner: planner)
      var impact: DisruptionImpact?
      if !query.disruptions.isEmpty {
        var undisrupted = query
        undisrupted.disruptions = Disruptions()
        impact = DisruptionImpact(
          baseline: try? Self.route(undisrupted, mode: plan.mode, planner: planner), disrupted: route)
      }
      var response = RouteResponse(
        dataVersion: dataVersion, network: network, itinerary: route, disruption: impact,
        billOfLadingDraft: plan.billOfLadingDraft
          ? BillOfLadingDraft(itinerary: route, network: network) : nil,
        warnings: plan.warnings)
      response.containerOffer = try Self.containerOffer(plan, loose: route, planner: planner)
      return response
    }
  }

  private static func route(_ query: RouteQuery, mode: PlanRequest.Mode, planner: RoutePlanner)
    throws(RoutingError) -> Itinerary
  {
    if case .latestDeparture(let deadline) = mode {
      return try planner.latestDeparture(query, arriveBy: deadline)
    }
    return try planner.route(query)
  }
}
