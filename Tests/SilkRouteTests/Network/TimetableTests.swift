import Testing

@testable import SilkRoute

/// Weekly timetables: the next departure from a given minute.
@Suite struct TimetableTests {
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
