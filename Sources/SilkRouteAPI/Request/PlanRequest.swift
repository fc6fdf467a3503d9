import SilkRoute

/// A request checked field by field: the planner's query and what to answer with it. Every
/// front-end gets here through ``RouteRequest/plan()``, the one validator.
public struct PlanRequest: Hashable, Sendable {
  /// What kind of answer the request asks for.
  public enum Mode: Hashable, Sendable {
    /// The best route under the objective.
    case best
    /// Every Pareto-optimal route over these criteria, or with `epsilon` an ε-approximate front.
    case pareto([Criterion], epsilon: ParetoEpsilon? = nil)
    /// Up to this many meaningfully different routes, best first.
    case alternatives(Int)
    /// The best route under the objective that arrives by this instant, departing as late as
    /// possible (see `RoutePlanner.latestDeparture`).
    case latestDeparture(arriveBy: Instant)
    /// The best route under the objective for each departure of the window (see
    /// `RoutePlanner.departureSweep`).
    case departureSweep(DepartureWindow)
  }

  public var query: RouteQuery
  public var mode: Mode
  /// Also draft the multimodal transport document for the route (single-route modes).
  public var billOfLadingDraft: Bool
  /// Fields accepted but not applied (unknown to this API version).
  public var warnings: [RequestWarning]
  /// The ISO 4217 code the quote is also given in (upper case), if any.
  public var currency: String?

  public init(
    query: RouteQuery, mode: Mode = .best, billOfLadingDraft: Bool = false, warnings: [RequestWarning] = []
  ) {
    self.query = query
    self.mode = mode
    self.billOfLadingDraft = billOfLadingDraft
    self.warnings = warnings
  }
}
