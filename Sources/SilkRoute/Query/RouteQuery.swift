/// A question for the planner: move this cargo from one city to another, optimising one objective,
/// under hard constraints, optionally departing at a given time and in a disrupted network.
public struct RouteQuery: Hashable, Sendable, Codable {
  /// City name, id or alias as the user typed it.
  public var from: String
  public var to: String
  public var cargo: Cargo
  public var objective: Objective
  /// Modes the route may use; transfers are always allowed.
  public var allowedModes: Set<Mode>
  public var constraints: RouteConstraints
  /// When the cargo is ready at the origin. With it the search is time-dependent: waiting for
  /// the next scheduled departure counts; without it, timetables are ignored (transit times only).
  public var departure: Instant?
  public var disruptions: Disruptions
  /// The date whose network to route on: only services, transfers and crossings valid on it are
  /// used. Nil: the departure's date with `departure`, else the dataset's as-of date.
  public var asOf: Instant?
  /// Whether an answer for a loose (kg) cargo also offers it in the cheapest containers
  /// (``RoutePlanner/containerOffer(_:comparedWith:arriveBy:)``): nil (the default) or true
  /// offers, false does not.
  public var containerOffer: Bool?

  public init(
    from: String, to: String, cargo: Cargo = .containers(1, .feu),
    objective: Objective = .cheapest, allowedModes: Set<Mode> = Set(Mode.allCases),
    constraints: RouteConstraints = .none, departure: Instant? = nil, disruptions: Disruptions = Disruptions()
  ) {
    self.from = from
    self.to = to
    self.cargo = cargo
    self.objective = objective
    self.allowedModes = allowedModes
    self.constraints = constraints
    self.departure = departure
    self.disruptions = disruptions
  }

  /// The day (days since 1970-01-01) whose network the query routes on: `asOf`, else the
  /// departure's day, else the dataset's as-of day; nil when the network has no dates at all.
  public func validityDay(in network: TransportNetwork) -> Int32? {
    guard !network.arcValidFrom.isEmpty || network.asOfDay != nil else { return nil }
    if let instant = asOf ?? departure { return Int32(clamping: instant.minutesSinceEpoch.floorDiv(1440)) }
    return network.asOfDay
  }
}
