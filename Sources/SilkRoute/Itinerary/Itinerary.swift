/// A planned route: its legs, transfers and customs crossings in travel order, and its totals.
/// The same value is printed as a table, encoded as JSON and (later) drawn.
public struct Itinerary: Hashable, Sendable, Codable {
  public var origin: CityRef
  public var destination: CityRef
  public var cargo: Cargo
  public var objective: Objective
  public var steps: [ItineraryStep]
  public var totals: Totals
  /// When the cargo was ready at the origin, for time-dependent queries.
  public var departure: Instant?
  /// When it reaches the destination, for time-dependent queries.
  public var arrival: Instant?
  /// Which transport documents the route needs, who issues them, and why.
  public var documentPlan: DocumentPlan?

  public struct Totals: Hashable, Sendable, Codable {
    public var costCents: Cents
    public var timeMinutes: Minutes
    public var co2Grams: Grams
    public var distanceKm: Kilometres
    public var legs: Int
    public var transfers: Int
    public var borderCrossings: Int
    /// Transport documents the cargo travels under.
    public var documents: Int
    /// Modes used, in travel order of first use.
    public var modes: [Mode]
  }

  public var legs: [Leg] { steps.compactMap { if case .leg(let leg) = $0 { leg } else { nil } } }
  public var transfers: [TransferStep] {
    steps.compactMap { if case .transfer(let transfer) = $0 { transfer } else { nil } }
  }
  public var borders: [BorderStep] {
    steps.compactMap { if case .border(let border) = $0 { border } else { nil } }
  }
  /// Every terminal id visited, in order.
  public var terminalPath: [String] {
    var path: [String] = []
    for step in steps {
      switch step {
      case .leg(let leg):
        if path.last != leg.from.id { path.append(leg.from.id) }
        path.append(leg.to.id)
      case .transfer(let transfer):
        if path.last != transfer.from.id { path.append(transfer.from.id) }
        path.append(transfer.to.id)
      case .border, .document, .fee: break
      }
    }
    return path
  }
  public var routeTotals: RouteTotals {
    RouteTotals(cost: totals.costCents, time: totals.timeMinutes, co2: totals.co2Grams)
  }
}
