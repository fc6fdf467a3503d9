extension RoutePlanner {
  /// The best route under `query`'s objective for each of `departures`: for each, exactly what
  /// ``route(_:)`` answers for `query` with its `departure` set to it, or the `.noRoute` error it
  /// throws (a row, not a failure of the sweep).
  ///
  /// Work is shared across departures where the answer cannot tell: names are resolved and the
  /// query graph (arc weights, restrictions, lower bounds) is built once for every run of
  /// departures whose days see the same arcs valid, and one search workspace serves them all;
  /// only the timetabled search runs per departure.
  ///
  /// - Throws: `RoutingError` that is not about one departure (an unknown name, the budget spent).
  public func departureSweep(_ query: RouteQuery, departures: [Instant]) throws(RoutingError)
    -> [SweptDeparture]
  {
    try searches.withSearch(on: network) { (search) throws(RoutingError) in
      try departureSweep(query, departures: departures, using: &search)
    }
  }

  private func departureSweep(
    _ query: RouteQuery, departures: [Instant], using search: inout ShortestPathSearch
  )
    throws(RoutingError) -> [SweptDeparture]
  {
    /// Computed when two departures fall on different days (O(arcs), once).
    var changes: [Int32]?
    var graph: QueryGraph?
    var rows: [SweptDeparture] = []
    rows.reserveCapacity(departures.count)
    for departure in departures {
      var probe = query
      probe.departure = departure
      let day = probe.validityDay(in: network)
      var current: QueryGraph
      if let graph, graph.validityDay == day {
        current = graph
      } else if let graph, let kept = graph.validityDay, let day {
        let known = changes ?? validityChanges()
        changes = known
        current = Self.noChange(between: kept, and: day, in: known) ? graph : try prepare(probe)
      } else {
        current = try prepare(probe)
      }
      current.query = probe
      graph = current
      if let path = try bestPath(current, using: &search) {
        let itinerary = ItineraryBuilder(graph: current).itinerary(path)
        rows.append(SweptDeparture(departure: departure, outcome: .success(itinerary)))
      } else {
        // The diagnosis names the departure's own day: on the graph prepared for it.
        rows.append(SweptDeparture(departure: departure, outcome: .failure(noRoute(try prepare(probe)))))
      }
    }
    return rows
  }

  /// The days on which some arc becomes valid or stops being valid (its first day, the day after
  /// its last), sorted: two days see the same arcs valid when none lies in between.
  private func validityChanges() -> [Int32] {
    guard !network.arcValidFrom.isEmpty else { return [] }
    var days = Set<Int32>()
    for arc in 0..<network.arcCount {
      let (from, until) = (network.arcValidFrom[arc], network.arcValidUntil[arc])
      guard from <= until else { continue }
      days.insert(from)
      if until < Int32.max { days.insert(until + 1) }
    }
    return days.sorted()
  }

  /// Whether days `a` and `b` see the same arcs valid: no change in `(min, max]`.
  private static func noChange(between a: Int32, and b: Int32, in changes: [Int32]) -> Bool {
    let (low, high) = (min(a, b), max(a, b))
    // The first change after `low`.
    var (lower, upper) = (0, changes.count)
    while lower < upper {
      let middle = (lower + upper) / 2
      if changes[middle] <= low { lower = middle + 1 } else { upper = middle }
    }
    return lower == changes.count || changes[lower] > high
  }
}
