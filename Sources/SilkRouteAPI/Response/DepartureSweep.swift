import SilkRoute

/// The answer to a request with `departWindow`: for each departure of the window the best route
/// under the objective (exactly the answer to the same request with `depart` set to it), or why
/// there is none; and the best departure for each objective.
public struct DepartureSweep: Codable, Hashable, Sendable {
  /// One departure of the window.
  public struct Row: Codable, Hashable, Sendable {
    /// When the cargo is ready at the origin.
    public var departure: Instant
    /// When the route arrives (nil without a route).
    public var arrival: Instant?
    public var costCents: Cents?
    /// Door to door, waiting for the first departure included.
    public var timeMinutes: Minutes?
    public var co2Grams: Grams?
    /// The route (nil without one).
    public var itinerary: Itinerary?
    /// Why no route leaves then (nil with one).
    public var noRoute: String?

    /// A row for `itinerary` leaving at `departure`.
    public init(departure: Instant, itinerary: Itinerary) {
      self.departure = departure
      arrival = itinerary.arrival
      costCents = itinerary.totals.costCents
      timeMinutes = itinerary.totals.timeMinutes
      co2Grams = itinerary.totals.co2Grams
      self.itinerary = itinerary
    }

    /// A row without a route, saying why.
    public init(departure: Instant, noRoute: String) {
      self.departure = departure
      self.noRoute = noRoute
    }
  }

  /// The departure of the best row for each objective (nil when no departure has a route). Ties
  /// go to the earliest departure.
  public struct Best: Codable, Hashable, Sendable {
    /// Least cost (then time, then CO2).
    public var cheapest: Instant?
    /// Least door-to-door time (then cost, then CO2).
    public var fastest: Instant?
    /// Least CO2 (then cost, then time).
    public var greenest: Instant?
    /// Earliest arrival (then the objective's order).
    public var earliestArrival: Instant?

    public init(
      cheapest: Instant? = nil, fastest: Instant? = nil, greenest: Instant? = nil,
      earliestArrival: Instant? = nil
    ) {
      self.cheapest = cheapest
      self.fastest = fastest
      self.greenest = greenest
      self.earliestArrival = earliestArrival
    }
  }

  /// The objective each row's route is best under.
  public var objective: Objective
  /// Minutes between departures.
  public var everyMinutes: Minutes
  public var rows: [Row]
  /// Among the rows' routes (each best under `objective`): the cheapest, fastest, greenest and
  /// earliest-arriving departure.
  public var best: Best

  /// The sweep of `rows`, with the best departures found among them.
  public init(objective: Objective, everyMinutes: Minutes, rows: [Row]) {
    self.objective = objective
    self.everyMinutes = everyMinutes
    self.rows = rows
    func first(by key: (Itinerary) -> SearchKey) -> Instant? {
      var best: (key: SearchKey, departure: Instant)?
      for row in rows {
        guard let itinerary = row.itinerary else { continue }
        let value = key(itinerary)
        if best.map({ value < $0.key }) ?? true { best = (value, row.departure) }
      }
      return best?.departure
    }
    best = Best(
      cheapest: first { Objective.cheapest.key($0.routeTotals) },
      fastest: first { Objective.fastest.key($0.routeTotals) },
      greenest: first { Objective.greenest.key($0.routeTotals) },
      earliestArrival: first { itinerary in
        let key = objective.key(itinerary.routeTotals)
        return SearchKey(itinerary.arrival?.minutesSinceEpoch ?? Int64.max, key.primary, key.secondary)
      })
  }

  /// The objectives whose best departure is `row`'s: `cheapest`, `fastest`, `greenest`,
  /// `earliest arrival`.
  public func marks(of row: Row) -> [String] {
    [
      ("cheapest", best.cheapest), ("fastest", best.fastest), ("greenest", best.greenest),
      ("earliest arrival", best.earliestArrival),
    ].compactMap { name, departure in departure == row.departure ? name : nil }
  }
}
