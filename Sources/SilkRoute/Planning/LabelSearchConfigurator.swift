/// Configures the label search a planner's answer runs on one query graph: which dominance
/// dimensions its criteria and bounds need, the bounds themselves, the document mode, and what the
/// answer may spend (the planner's budget). The planner asks; this type knows how a query maps
/// onto `LabelSearch.Configuration`.
struct LabelSearchConfigurator {
  /// What each search may spend (nil: no time limit, the default label limit).
  var budget: SearchBudget?

  /// A label search over `criteria` plus whatever the query's bounds need.
  ///
  /// - Parameters:
  ///   - documents: the document mode; by default leg by leg when the network models documents.
  ///   - lowerBounds: bounds to use instead of the graph's own over cost, time and CO2.
  ///   - epsilon: an ε-approximate front over `criteria` (nil: exact).
  func search(
    _ graph: QueryGraph, criteria: [Criterion], documents: LabelSearch.DocumentMode? = nil,
    lowerBounds: LowerBounds? = nil, epsilon: ParetoEpsilon? = nil
  ) -> LabelSearch {
    let query = graph.query
    let bounds = query.constraints
    var dimensions: [CriteriaVector.Dimension] = []
    for criterion in Criterion.priority(of: query.objective) {
      let needed =
        criteria.contains(criterion) || (criterion == .cost && bounds.budget != nil)
        || (criterion == .time && bounds.maxDuration != nil)
      if needed { dimensions.append(criterion.dimension) }
    }
    if bounds.maxLegs != nil { dimensions.append(.legs) }
    if bounds.maxTransfers != nil { dimensions.append(.transfers) }
    let mode = documents ?? (graph.network.documentsModelled ? .segmented : .ignore)
    if criteria.contains(.documents) || (bounds.singleDocument && mode == .segmented) {
      dimensions.append(.documents)
    }
    var configuration = LabelSearch.Configuration(
      dominance: dimensions, budget: bounds.budget?.rawValue, maxDuration: bounds.maxDuration?.rawValue,
      maxLegs: bounds.maxLegs.map(Int64.init), maxTransfers: bounds.maxTransfers.map(Int64.init),
      departure: query.departure?.minutesSinceEpoch, documents: mode,
      maxDocuments: bounds.singleDocument ? 1 : nil)
    configuration.epsilon = epsilon
    configuration.approximated = epsilon == nil ? [] : criteria.map(\.dimension)
    if let budget {
      configuration.searchBudget = budget
      configuration.maxLabels = budget.limits.labels
    }
    return LabelSearch(graph: graph, configuration: configuration, bounds: lowerBounds)
  }

  /// Whether the query is static and unbounded: then the best route is a lexicographic search in
  /// the objective's order (one label per state), not a Pareto search with bounds.
  static func isSimple(_ query: RouteQuery) -> Bool {
    query.departure == nil && !query.constraints.hasBounds
  }

  /// The search for the best route under the objective: lexicographic in the objective's order
  /// for a simple query (``isSimple(_:)``), otherwise over cost, time and CO2 within the bounds.
  ///
  /// - Parameter lowerBounds: as in ``search(_:criteria:documents:lowerBounds:)``.
  func bestRouteSearch(_ graph: QueryGraph, lowerBounds: LowerBounds? = nil) -> LabelSearch {
    let query = graph.query
    let simple = Self.isSimple(query)
    var search = search(
      graph, criteria: simple ? Criterion.priority(of: query.objective) : Criterion.standard,
      lowerBounds: lowerBounds)
    search.configuration.lexicographic = simple
    return search
  }
}
