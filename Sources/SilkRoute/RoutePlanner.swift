/// The library's entry point: answers route queries on one immutable network. `Sendable`: share
/// one planner between threads; each call keeps its own search state.
public struct RoutePlanner: Sendable {
  public let network: TransportNetwork
  public let cityMatcher: CityNameMatcher

  public init(network: TransportNetwork) {
    self.network = network
    self.cityMatcher = CityNameMatcher(cities: network.data.cities)
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
    var search = ShortestPathSearch(network: network)
    return try route(query, using: &search)
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
    guard let arcs = try bestPath(graph, using: &search) else {
      throw noRoute(graph)
    }
    return ItineraryBuilder(graph: graph).itinerary(arcs: arcs)
  }

  /// The best path's arcs, or nil. A static query without bounds or via points runs Dijkstra;
  /// anything else runs the exact label-setting search and takes its lexicographic optimum.
  public func bestPath(_ graph: QueryGraph, using search: inout ShortestPathSearch) throws(RoutingError) -> [Int]? {
    let query = graph.query
    if query.departure == nil && !query.constraints.hasBounds && graph.via.isEmpty {
      let result = search.shortestPath(
        from: graph.sources, to: graph.targets, objective: query.objective,
        weight: { graph.usable[$0] ? graph.weight[$0] : nil })
      return result?.arcs.map(\.index)
    }
    let found = try labelSearch(graph, criteria: Criterion.allCases).run()
    return found.min { query.objective.key($0.vector.totals) < query.objective.key($1.vector.totals) }?.arcs
  }

  /// A label search over `criteria` plus whatever the query's bounds need.
  func labelSearch(_ graph: QueryGraph, criteria: [Criterion]) -> LabelSearch {
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
    return LabelSearch(
      graph: graph,
      configuration: LabelSearch.Configuration(
        dominance: dimensions, budget: bounds.budget?.rawValue, maxDuration: bounds.maxDuration?.rawValue,
        maxLegs: bounds.maxLegs.map(Int64.init), maxTransfers: bounds.maxTransfers.map(Int64.init),
        departure: query.departure?.minutesSinceEpoch))
  }

  static func dimension(of criterion: Criterion) -> CriteriaVector.Dimension {
    switch criterion {
    case .cost: .cost
    case .time: .time
    case .co2: .co2
    }
  }

  static func priority(of objective: Objective) -> [Criterion] {
    switch objective {
    case .cheapest: [.cost, .time, .co2]
    case .fastest: [.time, .cost, .co2]
    case .greenest: [.co2, .cost, .time]
    }
  }

  /// Every Pareto-optimal route over `criteria` (any two or three of cost, time and CO2), one
  /// per distinct criteria vector, sorted by cost, then time, then CO2.
  ///
  /// - Throws: `RoutingError.noRoute` when no route meets the constraints.
  public func paretoFront(_ query: RouteQuery, criteria: [Criterion] = Criterion.allCases)
    throws(RoutingError)
    -> [Itinerary]
  {
    guard !criteria.isEmpty else { throw .invalidQuery("a Pareto front needs at least one criterion") }
    let graph = try QueryGraph(planner: self, query: query)
    let found = try labelSearch(graph, criteria: criteria).run()
    guard !found.isEmpty else { throw noRoute(graph) }
    let front = Self.nonDominated(found.map(\.vector), criteria: criteria, objective: query.objective)
    let builder = ItineraryBuilder(graph: graph)
    return front.map { builder.itinerary(arcs: found[$0].arcs) }.sorted {
      Objective.cheapest.key($0.routeTotals) < Objective.cheapest.key($1.routeTotals)
    }
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
      }
    }
    // Criteria first (so a dominating vector always comes before the ones it dominates), then the
    // objective's full order (so the best representative of equal criteria vectors comes first).
    let ranked = priority(of: objective).filter(criteria.contains)
    func rank(_ v: CriteriaVector) -> [Int64] {
      ranked.map { value(v, $0) }
        + {
          let key = objective.key(v.totals)
          return [key.primary, key.secondary, key.tertiary]
        }()
    }
    let order = vectors.indices.sorted { rank(vectors[$0]).lexicographicallyPrecedes(rank(vectors[$1])) }
    var kept: [Int] = []
    for index in order {
      let candidate = vectors[index]
      let dominated = kept.contains { other in
        criteria.allSatisfy { value(vectors[other], $0) <= value(candidate, $0) }
      }
      if !dominated { kept.append(index) }
    }
    return kept
  }
}
