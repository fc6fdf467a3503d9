/// One departure of a sweep (``RoutePlanner/departureSweep(_:departures:)``): the best route
/// leaving then, or why there is none.
public struct SweptDeparture: Sendable {
  /// When the cargo is ready at the origin.
  public var departure: Instant
  /// The route, or the `.noRoute` error a single query departing then would have thrown.
  public var outcome: Result<Itinerary, RoutingError>

  public init(departure: Instant, outcome: Result<Itinerary, RoutingError>) {
    self.departure = departure
    self.outcome = outcome
  }
}
