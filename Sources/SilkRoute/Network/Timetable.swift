/// When a service departs: fixed weekly departures (minutes of the week, UTC) or a headway.
/// Waiting for the next departure is part of a route's time; the first-in-first-out property
/// holds (leaving later never arrives earlier), so label-setting searches stay exact.
public struct Timetable: Hashable, Sendable, Codable {
  public enum Pattern: Hashable, Sendable, Codable {
    /// Departure instants within a week, minutes after Monday 00:00 UTC, sorted, unique.
    case weekly([Int32])
    /// A departure every `headway`, counted from Monday 00:00 UTC.
    case headway(Minutes)
  }

  public static let minutesPerWeek: Int64 = 7 * 1440
  /// 1970-01-01 was a Thursday: Monday 00:00 UTC is 3 days before the epoch.
  public static let epochMinuteOfWeek: Int64 = 3 * 1440

  public var pattern: Pattern

  public init(pattern: Pattern) { self.pattern = pattern }

  /// Minutes after Monday 00:00 UTC of `instant` (minutes since 1970-01-01T00:00Z).
  @inlinable public static func minuteOfWeek(_ instant: Int64) -> Int64 {
    let shifted = (instant + epochMinuteOfWeek) % minutesPerWeek
    return shifted < 0 ? shifted + minutesPerWeek : shifted
  }

  /// The first departure at or after `instant` (minutes since the epoch).
  public func nextDeparture(atOrAfter instant: Int64) -> Int64 {
    switch pattern {
    case .headway(let headway): Self.nextDeparture(every: max(headway.rawValue, 1), atOrAfter: instant)
    case .weekly(let departures): Self.nextDeparture(weekly: departures, atOrAfter: instant)
    }
  }

  /// The first departure at or after `instant` of a service leaving every `period` minutes
  /// (aligned to the start of the week).
  @inlinable public static func nextDeparture(every period: Int64, atOrAfter instant: Int64) -> Int64 {
    let offset = minuteOfWeek(instant) % period
    return offset == 0 ? instant : instant + (period - offset)
  }

  /// The first departure at or after `instant` of a weekly pattern (`departures`: minutes of the
  /// week, sorted); `instant` itself when the pattern is empty.
  @inlinable public static func nextDeparture(
    weekly departures: some RandomAccessCollection<Int32>, atOrAfter instant: Int64
  ) -> Int64 {
    guard let first = departures.first else { return instant }
    let minute = minuteOfWeek(instant)
    // Binary search for the first departure at or after `minute` within this week.
    var low = departures.startIndex
    var count = departures.count
    while count > 0 {
      let half = count / 2
      let middle = departures.index(low, offsetBy: half)
      if Int64(departures[middle]) < minute {
        low = departures.index(after: middle)
        count -= half + 1
      } else {
        count = half
      }
    }
    let next = low < departures.endIndex ? Int64(departures[low]) : Int64(first) + minutesPerWeek
    return instant + (next - minute)
  }

  public var departuresPerWeek: Double {
    switch pattern {
    case .weekly(let departures): Double(departures.count)
    case .headway(let headway): Double(Self.minutesPerWeek) / Double(max(headway.rawValue, 1))
    }
  }
}
