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
  /// The tolerance of an ε-approximate set (nil: the exact Pareto set).
  public let epsilon: ParetoEpsilon?
  /// Set when the search stopped before it finished (its time or label budget): the routes are
  /// the part of the front it proved.
  public let incomplete: Incomplete?
  /// What the label search did to find the set.
  public let statistics: SearchStatistics

  /// How much of the front a stopped search proved: every Pareto-optimal route whose
  /// `criterion` is below `provedBelow` (cents, minutes, grams or documents) is in the set; the
  /// rest of the front, at or above it, is unknown.
  public struct Incomplete: Equatable, Sendable {
    /// What stopped the search: `.budgetExceeded` or `.searchTooLarge`.
    public var reason: RoutingError
    public var criterion: Criterion
    public var provedBelow: Int64
  }

  init(
    graph: QueryGraph, routes: [Route], epsilon: ParetoEpsilon? = nil, incomplete: Incomplete? = nil,
    statistics: SearchStatistics = SearchStatistics()
  ) {
    self.graph = graph
    self.routes = routes
    self.epsilon = epsilon
    self.incomplete = incomplete
    self.statistics = statistics
  }

  /// The full itinerary of `route`, priced and timed by the same rules as the search.
  public func itinerary(_ route: Route) -> Itinerary { ItineraryBuilder(graph: graph).itinerary(route.path) }

  /// Every route's itinerary, in the set's order.
  public var itineraries: [Itinerary] {
    let builder = ItineraryBuilder(graph: graph)
    return routes.map { builder.itinerary($0.path) }
  }
}
