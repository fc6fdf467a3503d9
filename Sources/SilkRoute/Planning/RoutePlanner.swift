/// The library's entry point: answers route queries on one immutable network — the best route,
/// Pareto fronts, alternatives, what-if impacts, latest departures, and why there is no route.
/// `Sendable`: share one planner between threads; each call keeps its own search state.
///
/// It only answers: names are resolved by ``resolver`` (`CityResolver`), each query's view of the
/// network is a `QueryGraph`, label searches are set up by `LabelSearchConfigurator` and the ways to
/// book a route are `BookingProduct`s.
public struct RoutePlanner: Sendable {
  public let network: TransportNetwork
  /// Resolves the cities a query names (built once per planner).
  public let resolver: CityResolver
  /// Query objects reused by the calls that take none.
  let searches = SearchPool()
  /// The per-arc weights (and kernel graphs) of unconstrained queries, shared by all of them (and
  /// by the planner's copies: `budgeted(_:)`).
  var arcWeights: ArcWeightsCache
  /// What each answer of this planner may spend (nil: no time limit, the default label limit).
  /// Every search the planner runs checks it; see ``budgeted(_:)``.
  public private(set) var budget: SearchBudget?

  public init(network: TransportNetwork) {
    self.network = network
    self.resolver = CityResolver(network: network)
    self.arcWeights = ArcWeightsCache(network: network)
  }

  /// This planner with `budget` for its searches (sharing the network and the query-object pool).
  public func budgeted(_ budget: SearchBudget?) -> RoutePlanner {
    var planner = self
    planner.budget = budget
    return planner
  }

  /// The city `name` refers to: ``resolver``'s answer, kept for source compatibility.
  @available(*, deprecated, message: "use resolver.city(named:)")
  public func city(named name: String) throws(RoutingError) -> CityID { try resolver.city(named: name) }

  /// The resolver's name index, kept for source compatibility.
  @available(*, deprecated, message: "use resolver.matcher")
  public var cityMatcher: CityNameMatcher { resolver.matcher }

  /// Sets up this planner's label searches (with its budget).
  var configurator: LabelSearchConfigurator { LabelSearchConfigurator(budget: budget) }

  /// The best itinerary for `query`.
  ///
  /// - Throws: `RoutingError` for unknown names, or `.noRoute` saying which constraint cut the
  ///   network.
  public func route(_ query: RouteQuery) throws(RoutingError) -> Itinerary {
    try searches.withSearch(on: network) { (search) throws(RoutingError) in try route(query, using: &search) }
  }

  /// The best itinerary for `query`, reusing `search`'s arrays for a plain static query.
  public func route(_ query: RouteQuery, using search: inout ShortestPathSearch) throws(RoutingError)
    -> Itinerary
  {
    try route(prepared: prepare(query), using: &search)
  }

  /// Resolves every name of `query` and finds its per-arc weights: those of an unconstrained
  /// query in the planner's cache (weighed on the first query of their `ArcWeightsKey`), those of
  /// a query with avoided countries, carriers or crossings or with disruptions weighed for it.
  public func prepare(_ query: RouteQuery) throws(RoutingError) -> QueryGraph {
    try QueryGraph(
      query: query, network: network, resolver: resolver, ignoringValidity: false, cache: arcWeights)
  }

  /// The best itinerary for a prepared query.
  public func route(prepared graph: QueryGraph, using search: inout ShortestPathSearch) throws(RoutingError)
    -> Itinerary
  {
    guard let path = try bestPath(graph, using: &search) else {
      throw noRoute(graph)
    }
    return ItineraryBuilder(graph: graph).itinerary(path)
  }

  /// The best path, or nil. On a network without document regimes, a static query without
  /// bounds or via points runs Dijkstra on the kernel (`ShortestPathSearch`, ties broken exactly);
  /// otherwise the exact label-setting search runs once per
  /// product — the route booked leg by leg (paying for each new document) and each operator's
  /// through B/L — and the lexicographic optimum over all of them wins.
  public func bestPath(_ graph: QueryGraph, using search: inout ShortestPathSearch) throws(RoutingError)
    -> PlannedPath?
  {
    let query = graph.query
    try budget?.check()
    let simple = LabelSearchConfigurator.isSimple(query)
    if simple && graph.via.isEmpty && !network.documentsModelled {
      let result = try search.shortestPath(in: graph, objective: query.objective, budget: budget)
      return result.map { PlannedPath(arcs: $0.arcs, operatorIndex: nil) }
    }
    let labels = configurator.bestRouteSearch(
      graph, lowerBounds: simple ? graph.lowerBounds([Criterion.priority(of: query.objective)[0]]) : nil)
    let products = BookingProduct.products(for: graph)
    let found = try labels.run(products: products, workspace: &search.labels)
    let best = found.min { query.objective.key($0.vector.totals) < query.objective.key($1.vector.totals) }
    return best.map { PlannedPath(arcs: $0.arcs, operatorIndex: products[$0.product].operatorIndex) }
  }
}
