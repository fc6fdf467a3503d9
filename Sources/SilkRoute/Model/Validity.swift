/// When a service, transfer or border crossing runs: from `validFrom`, through `validUntil`, and
/// not from `suspendedSince` on (ISO dates `YYYY-MM-DD`; empty means open). A route on a date
/// uses only what is valid on that date.
public struct Validity: Hashable, Sendable, Codable {
  public var validFrom: String
  public var validUntil: String
  /// The first day it stopped running (a suspension the sources report, not a planned end).
  public var suspendedSince: String
  public var sources: [String]

  public init(
    validFrom: String = "", validUntil: String = "", suspendedSince: String = "", sources: [String] = []
  ) {
    self.validFrom = validFrom
    self.validUntil = validUntil
    self.suspendedSince = suspendedSince
    self.sources = sources
  }

  /// Valid on every day.
  public static let always = Validity()

  /// Whether any date bounds it.
  public var isBounded: Bool { !validFrom.isEmpty || !validUntil.isEmpty || !suspendedSince.isEmpty }

  /// The first and last valid day (days since 1970-01-01), open ends as `Int32.min` / `.max`;
  /// nil when a date is malformed.
  public var days: ClosedRange<Int32>? {
    func day(_ text: String) -> Int32?? {
      if text.isEmpty { return .some(nil) }
      guard let instant = Instant(iso8601: text), text.count == 10 else { return nil }
      return .some(Int32(clamping: instant.minutesSinceEpoch / 1440))
    }
    guard let from = day(validFrom), let until = day(validUntil), let suspended = day(suspendedSince) else {
      return nil
    }
    let first = from ?? .min
    var last = until ?? .max
    if let suspended { last = min(last, suspended == .min ? .min : suspended - 1) }
    return first <= last ? first...last : nil
  }
}
