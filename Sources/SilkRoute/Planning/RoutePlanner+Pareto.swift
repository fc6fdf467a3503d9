import Dispatch

extension RoutePlanner {
  /// Every Pareto-optimal route over `criteria` (any two or more of cost, time, CO2 and the
  /// number of documents), one per distinct criteria vector, sorted by cost, then time, then CO2.
  /// Routes booked leg by leg and under each operator's through B/L compete in one front.
  ///
  /// With `epsilon`, an ε-approximate front instead (see `ParetoEpsilon`): every Pareto-optimal
  /// route is within a factor 1 + E, in each of `criteria`, of a route returned; usually far
  /// fewer routes, found far faster on large networks.
  ///
  /// - Throws: `RoutingError.noRoute` when no route meets the constraints.
  public func paretoFront(
    _ query: RouteQuery, criteria: [Criterion] = Criterion.standard, epsilon: ParetoEpsilon? = nil
  ) throws(RoutingError) -> [Itinerary] {
    // In the set's order: by totals, which equal the itineraries' own (tested).
    try paretoSet(query, criteria: criteria, epsilon: epsilon).itineraries
  }

  /// Indices of the vectors not weakly dominated in `criteria` by an earlier-kept one: one per
  /// distinct criteria vector (the lexicographically best under `objective`).
  static func nonDominated(_ vectors: [CriteriaVector], criteria: [Criterion], objective: Objective) -> [Int]
  {
    func value(_ v: CriteriaVector, _ c: Criterion) -> Int64 {
      switch c {
      case .cost: v.cost
      case .time: v.time
      case .co2: v.co2
      case .documents: v.documents
      }
    }
    // Criteria first (so a dominating vector always comes before the ones it dominates), then the
    // objective's full order (so the best representative of equal criteria vectors comes first).
    let ranked = (Criterion.priority(of: objective) + [.documents]).filter(criteria.contains)
    let ranks = vectors.map { v in
      let key = objective.key(v.totals)
      return ranked.map { value(v, $0) } + [key.primary, key.secondary, key.tertiary]
    }
    let order = vectors.indices.sorted { ranks[$0].lexicographicallyPrecedes(ranks[$1]) }
    let mask = DominanceMask(criteria.map(\.dimension))
    var kept: [Int] = []
    for index in order {
      let candidate = vectors[index]
      if !kept.contains(where: { mask.dominates(vectors[$0], candidate) }) { kept.append(index) }
    }
    return kept
  }

  /// Every Pareto-optimal route over `criteria` as vectors and paths (see `paretoFront`, which
  /// returns the same routes as itineraries), or with `epsilon` an ε-approximate front.
  ///
  /// When the planner's budget (time or labels) stops the search after it has found routes, the
  /// set holds those (each Pareto-optimal: they are final when found) and says so in
  /// `ParetoSet.incomplete`: every Pareto-optimal route below `provedBelow` in its criterion is
  /// among them, more may lie above.
  ///
  /// - Throws: `RoutingError.noRoute` when no route meets the constraints; the budget's error,
  ///   or `.searchTooLarge`, when the search stopped before it found any route, and `.cancelled`.
  public func paretoSet(
    _ query: RouteQuery, criteria: [Criterion] = Criterion.standard, epsilon: ParetoEpsilon? = nil
  ) throws(RoutingError) -> ParetoSet {
    guard !criteria.isEmpty else { throw .invalidQuery(.pareto, "needs at least one criterion") }
    let graph = try prepare(query)
    let products = BookingProduct.products(for: graph)
    let search = configurator.search(graph, criteria: criteria, epsilon: epsilon)
    let outcome = searches.withSearch(on: network) { reused in
      search.runUntilStopped(products: products, workspace: &reused.labels)
    }
    let found = outcome.routes
    var incomplete: ParetoSet.Incomplete?
    if let stopped = outcome.stopped {
      // Cancelled: nobody waits for the routes. Stopped before any route: nothing to give.
      guard stopped != .cancelled, !found.isEmpty,
        let criterion = Criterion.allCases.first(where: {
          $0.dimension == search.configuration.dominance.first
        })
      else { throw stopped }
      incomplete = ParetoSet.Incomplete(reason: stopped, criterion: criterion, provedBelow: outcome.frontier)
    }
    guard !found.isEmpty else { throw noRoute(graph) }
    let front = Self.nonDominated(found.map(\.vector), criteria: criteria, objective: query.objective)
    let routes = front.map { index in
      let route = found[index]
      return ParetoSet.Route(
        totals: route.vector.totals, documents: Int(route.vector.documents),
        path: PlannedPath(arcs: route.arcs, operatorIndex: products[route.product].operatorIndex))
    }
    let cheapest = Objective.cheapest
    return ParetoSet(
      graph: graph, routes: routes.sorted { cheapest.key($0.totals) < cheapest.key($1.totals) },
      epsilon: epsilon, incomplete: incomplete, statistics: outcome.statistics)
  }
}

extension RoutePlanner {
  /// The Pareto set of every query, in order, computed on all cores (each query keeps its own
  /// search state; the network is shared): an origin–destination matrix in one call. A query
  /// that has no answer gives its error in its place.
  public func paretoSets(
    _ queries: [RouteQuery], criteria: [Criterion] = Criterion.standard, epsilon: ParetoEpsilon? = nil
  ) -> [Result<ParetoSet, RoutingError>] {
    let results = UnsafeMutableBufferPointer<Result<ParetoSet, RoutingError>>.allocate(
      capacity: queries.count)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    // Each worker initializes only its own slots.
    nonisolated(unsafe) let slots = results
    let planner = self
    DispatchQueue.concurrentPerform(iterations: queries.count) { index in
      let result = Result(catching: { () throws(RoutingError) -> ParetoSet in
        try planner.paretoSet(queries[index], criteria: criteria, epsilon: epsilon)
      })
      slots.initializeElement(at: index, to: result)
    }
    return Array(results)
  }
}
