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
