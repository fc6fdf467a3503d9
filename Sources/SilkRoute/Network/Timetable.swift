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
    case .headway(let headway):
      let period = max(headway.rawValue, 1)
      let offset = Self.minuteOfWeek(instant) % period
      return offset == 0 ? instant : instant + (period - offset)
    case .weekly(let departures):
      guard let first = departures.first else { return instant }
      let minute = Int64(Self.minuteOfWeek(instant))
      // Binary search for the first departure at or after `minute` within this week.
      var low = 0
      var high = departures.count
      while low < high {
        let middle = (low + high) / 2
        if Int64(departures[middle]) < minute { low = middle + 1 } else { high = middle }
      }
      let next = low < departures.count ? Int64(departures[low]) : Int64(first) + Self.minutesPerWeek
      return instant + (next - minute)
    }
  }

  /// Departures per week (for display).
  public var departuresPerWeek: Double {
    switch pattern {
    case .weekly(let departures): Double(departures.count)
    case .headway(let headway): Double(Self.minutesPerWeek) / Double(max(headway.rawValue, 1))
    }
  }
}

public enum Weekday: String, CaseIterable, Sendable, Codable, Hashable {
  case mon, tue, wed, thu, fri, sat, sun
  public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }
}

/// A timetable as written in `timetables.csv`: local departure times on weekdays at a fixed UTC
/// offset, or a headway; for one direction of a service.
public struct TimetableRecord: Hashable, Sendable, Codable {
  public enum Direction: String, Sendable, Codable, CaseIterable {
    /// From the service's `from` terminal to its `to` terminal.
    case forward
    /// The opposite direction of a bidirectional service.
    case reverse
  }
  public var service: String
  public var direction: Direction
  public var weekdays: [Weekday]
  /// Local departure times, minutes after midnight.
  public var departures: [Int]
  /// Minutes east of UTC (e.g. +480 for UTC+08:00).
  public var utcOffsetMinutes: Int?
  public var headway: Minutes?
  public var sources: [String]
  public var note: String

  public init(
    service: String, direction: Direction, weekdays: [Weekday] = [], departures: [Int] = [],
    utcOffsetMinutes: Int? = nil, headway: Minutes? = nil, sources: [String], note: String = ""
  ) {
    self.service = service
    self.direction = direction
    self.weekdays = weekdays
    self.departures = departures
    self.utcOffsetMinutes = utcOffsetMinutes
    self.headway = headway
    self.sources = sources
    self.note = note
  }

  /// The compiled timetable, or a description of what is wrong.
  public func compiled() -> Result<Timetable, TimetableError> {
    if let headway {
      guard weekdays.isEmpty, departures.isEmpty, utcOffsetMinutes == nil else {
        return .failure(.init("give either a headway or weekdays, departures and utc_offset"))
      }
      guard headway > .zero else { return .failure(.init("headway must be positive")) }
      return .success(Timetable(pattern: .headway(headway)))
    }
    guard !weekdays.isEmpty, !departures.isEmpty, let offset = utcOffsetMinutes else {
      return .failure(.init("give weekdays, departures and utc_offset, or a headway"))
    }
    guard departures.allSatisfy({ (0..<1440).contains($0) }) else {
      return .failure(.init("departure times must lie within 00:00-23:59"))
    }
    guard (-14 * 60...14 * 60).contains(offset) else {
      return .failure(.init("utc_offset must lie within -14:00...+14:00"))
    }
    var instants = Set<Int32>()
    for day in weekdays {
      for local in departures {
        let utc = Int64(day.index * 1440 + local - offset)
        let minute = (utc % Timetable.minutesPerWeek + Timetable.minutesPerWeek) % Timetable.minutesPerWeek
        instants.insert(Int32(minute))
      }
    }
    return .success(Timetable(pattern: .weekly(instants.sorted())))
  }
}

public struct TimetableError: Error, Hashable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
