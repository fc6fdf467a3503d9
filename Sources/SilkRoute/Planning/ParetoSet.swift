import Dispatch

/// A query's Pareto-optimal routes as criteria vectors and paths, sorted by cost, then time, then
/// CO2: what an all-pairs matrix or a list of options needs, without building an itinerary (legs,
/// document plan, liability) for each route. `itinerary(_:)` builds one on demand.
public struct ParetoSet: Sendable {
  /// One Pareto-optimal route: its totals (money, time and CO2 as the itinerary would show them,
  /// documents counted) and how it is booked.
  public struct Route: Hashable, Sendable {
    public var totals: RouteTotals
    public var documents: Int
    public var path: PlannedPath
  }

  /// The query graph the routes were found on.
  public let graph: QueryGraph
  public let routes: [Route]

  /// The full itinerary of `route`, priced and timed by the same rules as the search.
  public func itinerary(_ route: Route) -> Itinerary { ItineraryBuilder(graph: graph).itinerary(route.path) }

  /// Every route's itinerary, in the set's order.
  public var itineraries: [Itinerary] {
    let builder = ItineraryBuilder(graph: graph)
    return routes.map { builder.itinerary($0.path) }
  }
}

extension RoutePlanner {
  /// Every Pareto-optimal route over `criteria` as vectors and paths (see `paretoFront`, which
  /// returns the same routes as itineraries).
  ///
  /// - Throws: `RoutingError.noRoute` when no route meets the constraints.
  public func paretoSet(_ query: RouteQuery, criteria: [Criterion] = Criterion.standard)
    throws(RoutingError) -> ParetoSet
  {
    guard !criteria.isEmpty else { throw .invalidQuery(.pareto, "needs at least one criterion") }
    let graph = try QueryGraph(planner: self, query: query)
    let products = products(graph)
    let search = labelSearch(graph, criteria: criteria)
    let found = try searches.withSearch(on: network) { (reused) throws(RoutingError) in
      try search.run(products: products, workspace: &reused.labels)
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
      graph: graph, routes: routes.sorted { cheapest.key($0.totals) < cheapest.key($1.totals) })
  }
}

extension RoutePlanner {
  /// The Pareto set of every query, in order, computed on all cores (each query keeps its own
  /// search state; the network is shared): an origin–destination matrix in one call. A query
  /// that has no answer gives its error in its place.
  public func paretoSets(_ queries: [RouteQuery], criteria: [Criterion] = Criterion.standard)
    -> [Result<ParetoSet, RoutingError>]
  {
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
        try planner.paretoSet(queries[index], criteria: criteria)
      })
      slots.initializeElement(at: index, to: result)
    }
    return Array(results)
  }
}
