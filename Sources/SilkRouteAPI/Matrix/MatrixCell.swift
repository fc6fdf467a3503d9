import SilkRoute

/// One answered cell of a matrix: its cities, its request and that request's answer or error.
public struct MatrixCell: Sendable {
  /// The cell's position in the plan's order (origin by origin).
  public var index: Int
  public var origin: CityRecord
  public var destination: CityRecord
  /// The one request the cell answers.
  public var request: RouteRequest
  public var result: Result<RouteResponse, RoutingError>

  /// Every route of the answer, in its order: the route, the Pareto front or the alternatives
  /// (empty for an error).
  public var routes: [Itinerary] {
    guard case .success(let response) = result else { return [] }
    if let front = response.paretoFront { return front }
    if let alternatives = response.alternatives { return alternatives.map(\.itinerary) }
    return response.itinerary.map { [$0] } ?? []
  }
}
