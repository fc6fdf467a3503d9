/// Travel on one service.
public struct Leg: Hashable, Sendable, Codable {
  public var service: String
  public var mode: Mode
  public var carrier: String
  public var carrierName: String
  public var from: TerminalRef
  public var to: TerminalRef
  public var distanceKm: Kilometres
  public var timeMinutes: Minutes
  public var costCents: Cents
  public var co2Grams: Grams
  public var passages: [String]
  /// Scheduled departure and arrival, for time-dependent queries.
  public var departsAt: Instant?
  public var arrivesAt: Instant?
  /// Time spent waiting for this departure (included in the route's time, not in `timeMinutes`).
  public var waitMinutes: Minutes
  /// The document regime the leg travels under on its own.
  public var document: DocumentRegime
}
