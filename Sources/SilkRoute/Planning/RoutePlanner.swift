/// The library's entry point: answers route queries on one immutable network. `Sendable`: share
/// one planner between threads; each call keeps its own search state.
public struct RoutePlanner: Sendable {
  public let network: TransportNetwork
  public let cityMatcher: CityNameMatcher
  /// Query objects reused by the calls that take none.
  let searches = SearchPool()
  /// What each answer of this planner may spend (nil: no time limit, the default label limit).
  /// Every search the planner runs checks it; see ``budgeted(_:)``.
  public private(set) var budget: SearchBudget?

  public init(network: TransportNetwork) {
    self.network = network
    self.cityMatcher = CityNameMatcher(cities: network.data.cities)
  }

  /// This planner with `budget` for its searches (sharing the network and the query-object pool).
  public func budgeted(_ budget: SearchBudget?) -> RoutePlanner {
    var planner = self
    planner.budget = budget
    return planner
  }

  /// The city `name` refers to.
  ///
  /// - Throws: `RoutingError.unknownCity` with the closest names, or `.ambiguousCity`.
  public func city(named name: String) throws(RoutingError) -> CityID {
    let matches = cityMatcher.matches(name)
    switch matches.count {
    case 1: return matches[0]
    case 0:
      throw .unknownCity(name, suggestions: cityMatcher.suggestions(for: name, cities: network.data.cities))
    default:
      throw .ambiguousCity(name, candidates: matches.map { network.city($0).name })
    }
  }

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

  /// Resolves every name of `query` and builds its per-arc weights once, for repeated searches.
  public func prepare(_ query: RouteQuery) throws(RoutingError) -> QueryGraph {
    try QueryGraph(planner: self, query: query)
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
  /// bounds or via points runs Dijkstra; otherwise the exact label-setting search runs once per
  /// product — the route booked leg by leg (paying for each new document) and each operator's
  /// through B/L — and the lexicographic optimum over all of them wins.
  public func bestPath(_ graph: QueryGraph, using search: inout ShortestPathSearch) throws(RoutingError)
    -> PlannedPath?
  {
    let query = graph.query
    try budget?.check()
    let simple = query.departure == nil && !query.constraints.hasBounds
    if simple && graph.via.isEmpty && !network.documentsModelled {
      let result = try search.shortestPath(
        from: graph.sources, to: graph.targets, objective: query.objective, budget: budget,
        weight: { graph.usable[$0] ? graph.weight[$0] : nil })
      return result.map { PlannedPath(arcs: $0.arcs.map(\.index), operatorIndex: nil) }
    }
    let criteria = simple ? Self.priority(of: query.objective) : Criterion.standard
    var labels = labelSearch(
      graph, criteria: criteria,
      lowerBounds: simple ? graph.lowerBounds([Self.priority(of: query.objective)[0]]) : nil
    )
    labels.configuration.lexicographic = simple
    let products = products(graph)
    let found = try labels.run(products: products, workspace: &search.labels)
    let best = found.min { query.objective.key($0.vector.totals) < query.objective.key($1.vector.totals) }
    return best.map { PlannedPath(arcs: $0.arcs, operatorIndex: products[$0.product].operatorIndex) }
  }

  /// The ways to book a route for `graph`'s query: leg by leg, and under the through B/L of every
  /// operator that takes goods in charge at the origin and delivers at the destination.
  func products(_ graph: QueryGraph) -> [LabelSearch.Product] {
    guard network.documentsModelled else { return [LabelSearch.Product(mode: .ignore)] }
    var products = [LabelSearch.Product(mode: .segmented)]
    let originCountry = network.city(graph.origin).country
    let destinationCountry = network.city(graph.destination).country
    for (index, record) in network.data.operators.enumerated()
    where record.places.contains(originCountry) && record.places.contains(destinationCountry) {
      products.append(
        LabelSearch.Product(
          mode: .singleOperator(absorbsRegimeBreaks: record.absorbsRegimeBreaks),
          fee: record.fee.rawValue, operatorIndex: index))
    }
    return products
  }

  /// A label search over `criteria` plus whatever the query's bounds need.
  func labelSearch(
    _ graph: QueryGraph, criteria: [Criterion], documents: LabelSearch.DocumentMode? = nil,
    lowerBounds: LowerBounds? = nil
  ) -> LabelSearch {
    let query = graph.query
    let bounds = query.constraints
    var dimensions: [CriteriaVector.Dimension] = []
    for criterion in Self.priority(of: query.objective) {
      let needed =
        criteria.contains(criterion) || (criterion == .cost && bounds.budget != nil)
        || (criterion == .time && bounds.maxDuration != nil)
      if needed { dimensions.append(Self.dimension(of: criterion)) }
    }
    if bounds.maxLegs != nil { dimensions.append(.legs) }
    if bounds.maxTransfers != nil { dimensions.append(.transfers) }
    let mode = documents ?? (network.documentsModelled ? .segmented : .ignore)
    if criteria.contains(.documents) || (bounds.singleDocument && mode == .segmented) {
      dimensions.append(.documents)
    }
    var configuration = LabelSearch.Configuration(
      dominance: dimensions, budget: bounds.budget?.rawValue, maxDuration: bounds.maxDuration?.rawValue,
      maxLegs: bounds.maxLegs.map(Int64.init), maxTransfers: bounds.maxTransfers.map(Int64.init),
      departure: query.departure?.minutesSinceEpoch, documents: mode,
      maxDocuments: bounds.singleDocument ? 1 : nil)
    if let budget {
      configuration.searchBudget = budget
      configuration.maxLabels = budget.limits.labels
    }
    return LabelSearch(graph: graph, configuration: configuration, bounds: lowerBounds)
  }

  static func dimension(of criterion: Criterion) -> CriteriaVector.Dimension {
    switch criterion {
    case .cost: .cost
    case .time: .time
    case .co2: .co2
    case .documents: .documents
    }
  }

  static func priority(of objective: Objective) -> [Criterion] {
    switch objective {
    case .cheapest: [.cost, .time, .co2]
    case .fastest: [.time, .cost, .co2]
    case .greenest: [.co2, .cost, .time]
    }
  }
}
