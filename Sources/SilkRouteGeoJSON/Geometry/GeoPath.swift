import SilkRoute

/// The line a service or transfer is drawn along: from one city to another through sea-lane
/// waypoints (sea), along the great circle (air), or straight (rail and road, whose track and road
/// geometry the data does not hold).
public struct GeoPath: Hashable, Sendable {
  public enum Shape: String, Hashable, Sendable {
    case seaLanes = "sea-lanes"
    case greatCircle = "great-circle"
    case straight
  }

  /// A point between the ends: a named sea-lane waypoint or a computed point.
  public enum Vertex: Hashable, Sendable {
    case waypoint(SeaLanes.Waypoint)
    case point(GeoPoint)

    public var point: GeoPoint {
      switch self {
      case .waypoint(let waypoint): waypoint.point
      case .point(let point): point
      }
    }
  }

  public var start: GeoPoint
  public var end: GeoPoint
  public var via: [Vertex]
  public var shape: Shape

  public init(start: GeoPoint, end: GeoPoint, via: [Vertex] = [], shape: Shape = .straight) {
    self.start = start
    self.end = end
    self.via = via
    self.shape = shape
  }

  /// Every point, ends included.
  public var points: [GeoPoint] { [start] + via.map(\.point) + [end] }

  /// The same line travelled the other way.
  public func reversed() -> GeoPath {
    GeoPath(start: end, end: start, via: via.reversed(), shape: shape)
  }

  /// Longest step between consecutive points of a great-circle path, kilometres.
  public static let greatCircleStepKm = 400.0

  /// The line of `service` from its `from` terminal's city to its `to` terminal's city.
  public static func service(_ service: ServiceRecord, in network: TransportNetwork) -> GeoPath {
    let from = network.cityOfTerminal(service.from)
    let to = network.cityOfTerminal(service.to)
    let start = from.map(\.point) ?? GeoPoint(latitude: 0, longitude: 0)
    let end = to.map(\.point) ?? start
    switch service.mode {
    case .sea:
      let waypoints = SeaLanes.route(
        from: (from?.id ?? "", start), to: (to?.id ?? "", end), passages: service.passages)
      return GeoPath(start: start, end: end, via: waypoints.map(Vertex.waypoint), shape: .seaLanes)
    case .air:
      let arc = start.greatCircle(to: end, maximumStepKm: greatCircleStepKm)
      return GeoPath(
        start: start, end: end, via: arc.dropFirst().dropLast().map(Vertex.point), shape: .greatCircle)
    case .rail, .road:
      return GeoPath(start: start, end: end)
    }
  }

  /// A straight line between the cities of two terminals (transfers between border stations).
  public static func between(terminal from: String, and to: String, in network: TransportNetwork) -> GeoPath {
    let start = network.cityOfTerminal(from)?.point ?? GeoPoint(latitude: 0, longitude: 0)
    return GeoPath(start: start, end: network.cityOfTerminal(to)?.point ?? start)
  }
}
