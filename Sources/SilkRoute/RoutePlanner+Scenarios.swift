/// A route in a disrupted network beside the undisrupted baseline.
public struct DisruptionImpact: Hashable, Sendable, Codable {
  public var baseline: Itinerary?
  public var disrupted: Itinerary
  /// Whether the disrupted route takes other services than the baseline.
  public var rerouted: Bool
  public var costChange: Cents
  public var timeChange: Minutes
  public var co2Change: Grams

  /// The change from `baseline` (nil when the undisrupted network has no route either) to
  /// `disrupted`.
  public init(baseline: Itinerary?, disrupted: Itinerary) {
    let before = baseline?.routeTotals ?? disrupted.routeTotals
    self.baseline = baseline
    self.disrupted = disrupted
    rerouted = baseline.map { $0.legs.map(\.service) != disrupted.legs.map(\.service) } ?? true
    costChange = disrupted.totals.costCents - before.cost
    timeChange = disrupted.totals.timeMinutes - before.time
    co2Change = disrupted.totals.co2Grams - before.co2
  }
}

extension RoutePlanner {
  /// The route for `query` (with its disruptions) and how it changes against the same query in
  /// the undisrupted network.
  public func impact(of query: RouteQuery) throws(RoutingError) -> DisruptionImpact {
    var baselineQuery = query
    baselineQuery.disruptions = Disruptions()
    return DisruptionImpact(baseline: try? route(baselineQuery), disrupted: try route(query))
  }

  /// The latest departure from the origin that still arrives by `deadline`, and the best route
  /// (under the query's objective) from then that arrives in time. Exact under FIFO: the earliest
  /// arrival never decreases with a later departure, so a binary search over the departure minute
  /// finds the latest feasible one.
  ///
  /// - Parameter horizon: how far before `deadline` to look.
  public func latestDeparture(_ query: RouteQuery, arriveBy deadline: Instant, horizon: Minutes = .days(120))
    throws(RoutingError) -> Itinerary
  {
    func arrivesInTime(_ departure: Int64) throws(RoutingError) -> Bool {
      var probe = query
      probe.objective = .fastest
      probe.departure = Instant(minutesSinceEpoch: departure)
      probe.constraints.maxDuration = Minutes(deadline.minutesSinceEpoch - departure)
      let graph = try QueryGraph(planner: self, query: probe)
      var search = ShortestPathSearch(network: network)
      return try bestPath(graph, using: &search) != nil
    }
    var low = deadline.minutesSinceEpoch - horizon.rawValue
    var high = deadline.minutesSinceEpoch
    guard try arrivesInTime(low) else {
      var relaxed = query
      relaxed.departure = Instant(minutesSinceEpoch: low)
      let graph = try QueryGraph(planner: self, query: relaxed)
      if !Self.reaches(graph) { throw noRoute(graph) }
      throw .noRoute(
        from: network.city(graph.origin).name, to: network.city(graph.destination).name,
        reason: .noDepartureInTime(horizonDays: horizon.rawValue / 1440, deadline: deadline))
    }
    // Invariant: departing at `low` arrives in time; departing after `high` does not.
    while low < high {
      let middle = low + (high - low + 1) / 2
      if try arrivesInTime(middle) { low = middle } else { high = middle - 1 }
    }
    var best = query
    best.departure = Instant(minutesSinceEpoch: low)
    let limit = deadline.minutesSinceEpoch - low
    best.constraints.maxDuration = Minutes(min(limit, query.constraints.maxDuration?.rawValue ?? limit))
    return try route(best)
  }
}
