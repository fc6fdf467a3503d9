extension RoutePlanner {
  /// The route for `query` (with its disruptions) and how it changes against the same query in
  /// the undisrupted network.
  public func impact(of query: RouteQuery) throws(RoutingError) -> DisruptionImpact {
    var baselineQuery = query
    baselineQuery.disruptions = Disruptions()
    return DisruptionImpact(baseline: try? route(baselineQuery), disrupted: try route(query))
  }
}
