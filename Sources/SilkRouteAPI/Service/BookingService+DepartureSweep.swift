import SilkRoute

extension BookingService {
  /// The sweep of `window`: each departure answered as the same request with `depart` set to
  /// it; a departure without a route is a row saying why in `wording`.
  ///
  /// - Throws: `RoutingError` that is not about one departure (the budget spent, a name unknown).
  func departureSweep(
    _ plan: PlanRequest, window: DepartureWindow, planner: RoutePlanner, wording: ErrorWording
  ) throws(RoutingError) -> DepartureSweep {
    let rows = try planner.departureSweep(plan.query, departures: window.departures).map { swept in
      switch swept.outcome {
      case .success(let itinerary): DepartureSweep.Row(departure: swept.departure, itinerary: itinerary)
      case .failure(let error):
        DepartureSweep.Row(departure: swept.departure, noRoute: error.message(wording))
      }
    }
    return DepartureSweep(objective: plan.query.objective, everyMinutes: window.every, rows: rows)
  }
}
