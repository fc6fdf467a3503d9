/// Departures to compare: every `every` from `from` up to and including `to`.
public struct DepartureWindow: Hashable, Sendable, Codable {
  /// The most departures one window may hold (a year of days, leap day included).
  public static let maximumDepartures = 366

  public var from: Instant
  public var to: Instant
  public var every: Minutes

  /// - Returns: nil when `to` is not after `from`, `every` is not positive, or the window holds
  ///   more than ``maximumDepartures`` departures.
  public init?(from: Instant, to: Instant, every: Minutes) {
    guard to > from, every.rawValue > 0,
      (to - from).rawValue / every.rawValue < Int64(Self.maximumDepartures)
    else { return nil }
    self.from = from
    self.to = to
    self.every = every
  }

  /// The departures in order: `from`, `from + every`, … while not after `to`.
  public var departures: [Instant] {
    stride(from: from.minutesSinceEpoch, through: to.minutesSinceEpoch, by: Int(every.rawValue)).map {
      Instant(minutesSinceEpoch: $0)
    }
  }
}
