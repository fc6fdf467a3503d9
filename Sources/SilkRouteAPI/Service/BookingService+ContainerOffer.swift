import SilkRoute

extension BookingService {
  /// The container offer beside a single-route answer `loose` to `plan`: for a loose cargo (and
  /// unless the request turns it off) the cheapest container mix routed as the plan asks — the
  /// best route, or with `arriveBy` the latest departure that arrives in time — compared with
  /// `loose`. Nil for container cargo, when off, or when no mix has a route.
  ///
  /// - Throws: `RoutingError` when the planner's budget runs out routing the mixes.
  static func containerOffer(
    _ plan: PlanRequest, loose: Itinerary, planner: RoutePlanner
  ) throws(RoutingError) -> ContainerOffer? {
    var deadline: Instant?
    switch plan.mode {
    case .best: break
    case .latestDeparture(let arriveBy): deadline = arriveBy
    case .pareto, .alternatives, .departureSweep: return nil
    }
    return try planner.containerOffer(plan.query, comparedWith: loose, arriveBy: deadline)
  }
}
