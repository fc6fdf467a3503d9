import Testing

@testable import SilkRoute

/// `Timetable`: the minute of the week and the next departure, weekly and by headway.
@Suite struct TimetableTests {
  /// 2026-12-07 (a Monday) 00:00 UTC, in minutes since the epoch.
  let monday = Instant(iso8601: "2026-12-07T00:00Z")?.minutesSinceEpoch ?? 0

  @Test func theWeekStartsOnMondayMidnightUTC() {
    #expect(monday != 0)
    #expect(Timetable.minuteOfWeek(monday) == 0)
    #expect(Timetable.minuteOfWeek(monday + 1441) == 1441)
    #expect(Timetable.minuteOfWeek(monday - 1) == Timetable.minutesPerWeek - 1)
    // 1970-01-01 was a Thursday.
    #expect(Timetable.minuteOfWeek(0) == 3 * 1440)
  }

  @Test func weeklyDeparturesAreFoundWithinTheWeekAndAcrossItsEnd() {
    let timetable = Timetable(pattern: .weekly([60, 3 * 1440 + 600]))
    #expect(timetable.nextDeparture(atOrAfter: monday) == monday + 60)
    #expect(timetable.nextDeparture(atOrAfter: monday + 60) == monday + 60)
    #expect(timetable.nextDeparture(atOrAfter: monday + 61) == monday + 3 * 1440 + 600)
    // After Thursday's departure: next Monday's.
    #expect(timetable.nextDeparture(atOrAfter: monday + 4 * 1440) == monday + Timetable.minutesPerWeek + 60)
    #expect(timetable.departuresPerWeek == 2)
  }

  @Test func aHeadwayDepartsEveryPeriodFromMondayMidnight() {
    let timetable = Timetable(pattern: .headway(Minutes(90)))
    #expect(timetable.nextDeparture(atOrAfter: monday) == monday)
    #expect(timetable.nextDeparture(atOrAfter: monday + 1) == monday + 90)
    #expect(timetable.nextDeparture(atOrAfter: monday + 180) == monday + 180)
    #expect(timetable.departuresPerWeek == Double(Timetable.minutesPerWeek) / 90)
  }

  @Test func anEmptyWeekDepartsAtOnce() {
    #expect(Timetable(pattern: .weekly([])).nextDeparture(atOrAfter: monday + 7) == monday + 7)
  }

  @Test func leavingLaterNeverDepartsEarlier() {
    let timetable = Timetable(pattern: .weekly([0, 700, 5000, 9000]))
    var previous = Int64.min
    for minute in stride(from: monday - 2000, to: monday + 2 * Timetable.minutesPerWeek, by: 37) {
      let departure = timetable.nextDeparture(atOrAfter: minute)
      #expect(departure >= minute && departure >= previous)
      previous = departure
    }
  }

  @Test func timetableWaitsForTheNextDeparture() {
    // Wednesday and Friday 10:00 at UTC+08:00 = 02:00 UTC.
    let record = TimetableRecord(
      service: "s", direction: .forward, weekdays: [.wed, .fri], departures: [600], utcOffsetMinutes: 480,
      sources: ["x"])
    guard case .success(let timetable) = record.compiled() else {
      Issue.record("timetable does not compile")
      return
    }
    // 2026-12-01 is a Tuesday.
    let tuesday = Instant(iso8601: "2026-12-01T08:00Z")?.minutesSinceEpoch ?? 0
    let next = timetable.nextDeparture(atOrAfter: tuesday)
    #expect(Instant(minutesSinceEpoch: next).iso8601 == "2026-12-02T02:00Z")
    #expect(timetable.nextDeparture(atOrAfter: next) == next)
    let afterFriday = Instant(iso8601: "2026-12-04T02:01Z")?.minutesSinceEpoch ?? 0
    #expect(
      Instant(minutesSinceEpoch: timetable.nextDeparture(atOrAfter: afterFriday)).iso8601
        == "2026-12-09T02:00Z")
    let headway = Timetable(pattern: .headway(Minutes(720)))
    #expect(headway.nextDeparture(atOrAfter: tuesday) >= tuesday)
    // FIFO: leaving later never departs earlier.
    var previous = Int64.min
    for minute in stride(from: tuesday, to: tuesday + 20_000, by: 37) {
      let departure = timetable.nextDeparture(atOrAfter: minute)
      #expect(departure >= previous && departure >= minute)
      previous = departure
    }
  }
}
