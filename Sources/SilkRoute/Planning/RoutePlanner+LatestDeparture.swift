extension RoutePlanner {
  /// The latest departure from the origin that still arrives by `deadline` with the best route
  /// under the query's objective, departing within `horizon` before it.
  ///
  /// - `fastest`: the latest departure from which any route arrives in time, and the fastest
  ///   route from then (then the cheapest, the greenest).
  /// - `cheapest` (`greenest`): among all routes that depart within the horizon and arrive by the
  ///   deadline, the cheapest (greenest); among equally cheap (green) ones the latest departure;
  ///   from that departure, the usual tie-breaks (time then CO2; cost then time).
  ///
  /// Both are binary searches over the departure minute, exact because a route's cost and CO2
  /// do not depend on when it leaves (tariffs, handling and emissions are per leg; waiting is
  /// free), and waiting keeps FIFO: a route that arrives in time leaving at minute d' takes the
  /// same services leaving at any earlier d and arrives no later. So the best cost (CO2) of a
  /// route arriving in time can only get worse as the departure gets later, and the departures
  /// from which some route arrives in time — or reaches the best value over the horizon, which
  /// is then the value at the horizon's start — are one interval starting at the horizon's start
  /// (or none); the search finds its last minute.
  ///
  /// A duration limit of the query's own (`constraints.maxDuration`) holds for every probe and
  /// for the answer, but breaks that argument (leaving earlier waits longer at the origin, which
  /// counts against the limit): then the answer meets every constraint but an earlier departure
  /// may reach a better one.
  ///
  /// - Parameter horizon: how far before `deadline` to look.
  public func latestDeparture(_ query: RouteQuery, arriveBy deadline: Instant, horizon: Minutes = .days(120))
    throws(RoutingError) -> Itinerary
  {
    /// `query` leaving at `departure`, bounded to arrive by the deadline (and by its own limit).
    func leaving(_ departure: Int64) -> RouteQuery {
      var probe = query
      probe.departure = Instant(minutesSinceEpoch: departure)
      let limit = deadline.minutesSinceEpoch - departure
      probe.constraints.maxDuration = Minutes(min(limit, query.constraints.maxDuration?.rawValue ?? limit))
      return probe
    }
    var search = ShortestPathSearch(network: network)
    /// The primary value (cost, time or CO2) of the best route leaving at `departure` that
    /// arrives in time, or nil when none does.
    func bestValue(_ departure: Int64) throws(RoutingError) -> Int64? {
      let graph = try prepare(leaving(departure))
      guard let path = try bestPath(graph, using: &search) else { return nil }
      return query.objective.key(ItineraryBuilder(graph: graph).itinerary(path).routeTotals).primary
    }
    var low = deadline.minutesSinceEpoch - horizon.rawValue
    var high = deadline.minutesSinceEpoch
    guard let best = try bestValue(low) else {
      var relaxed = query
      relaxed.departure = Instant(minutesSinceEpoch: low)
      let graph = try prepare(relaxed)
      if !graph.reachesDestination { throw noRoute(graph) }
      throw .noRoute(
        from: network.city(graph.origin).name, to: network.city(graph.destination).name,
        reason: .noDepartureInTime(horizonDays: horizon.rawValue / 1440, deadline: deadline))
    }
    /// Whether leaving at `departure` still gives what the objective asks for: any route in
    /// time (fastest), or one as cheap (green) as the best over the horizon.
    func holds(_ departure: Int64) throws(RoutingError) -> Bool {
      guard let value = try bestValue(departure) else { return false }
      return query.objective == .fastest || value == best
    }
    // Invariant: leaving at `low` holds; leaving after `high` does not.
    while low < high {
      let middle = low + (high - low + 1) / 2
      if try holds(middle) { low = middle } else { high = middle - 1 }
    }
    return try route(leaving(low))
  }
}
