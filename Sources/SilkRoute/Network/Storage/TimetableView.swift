/// One compiled timetable read in place from a `TimetableTable`.
public struct TimetableView: Sendable {
  /// Minutes between departures, or 0 for a weekly pattern.
  let headway: Int64
  /// The weekly pattern's departures (minutes of the week, sorted).
  let departures: Slice<FlatArray<Int32>>

  /// The first departure at or after `instant` (minutes since the epoch).
  public func nextDeparture(atOrAfter instant: Int64) -> Int64 {
    if headway > 0 { return Timetable.nextDeparture(every: headway, atOrAfter: instant) }
    return Timetable.nextDeparture(weekly: departures, atOrAfter: instant)
  }

  /// The timetable as a value.
  public var timetable: Timetable {
    Timetable(pattern: headway > 0 ? .headway(Minutes(headway)) : .weekly(Array(departures)))
  }

  public var departuresPerWeek: Double { timetable.departuresPerWeek }
}
