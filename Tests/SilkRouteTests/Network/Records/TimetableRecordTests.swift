import SilkRoute
import Testing

/// `TimetableRecord.compiled()`: local times at a UTC offset become minutes of the week in UTC;
/// every malformed record is refused with what is wrong.
@Suite struct TimetableRecordTests {
  func record(
    weekdays: [Weekday] = [], departures: [Int] = [], offset: Int? = nil, headway: Minutes? = nil
  ) -> TimetableRecord {
    TimetableRecord(
      service: "s", direction: .forward, weekdays: weekdays, departures: departures, utcOffsetMinutes: offset,
      headway: headway, sources: ["s"])
  }

  @Test func localTimesAreConvertedToUTCAndWrapAroundTheWeek() throws {
    // Monday 05:00 at UTC+08:00 is Sunday 21:00 UTC: the end of the week.
    let compiled = try record(weekdays: [.mon, .wed], departures: [300, 720], offset: 480).compiled().get()
    let expected: [Int32] = [240, 2_700, 3_120, 9_900]  // Mon 04:00, Tue 21:00, Wed 04:00, Sun 21:00 UTC
    #expect(compiled.pattern == .weekly(expected))
  }

  @Test func aHeadwayCompilesAlone() throws {
    #expect(try record(headway: Minutes(120)).compiled().get().pattern == .headway(Minutes(120)))
  }

  @Test(
    arguments: [
      (nil, "give weekdays, departures and utc_offset, or a headway"),
      (Minutes(0), "headway must be positive"),
    ] as [(Minutes?, String)])
  func incompleteRecordsAreRefused(headway: Minutes?, message: String) {
    guard case .failure(let error) = record(headway: headway).compiled() else {
      Issue.record("compiled")
      return
    }
    #expect(error.message == message)
  }

  @Test func malformedRecordsSayWhatIsWrong() {
    let cases: [(TimetableRecord, String)] = [
      (
        record(weekdays: [.mon], departures: [60], offset: 0, headway: Minutes(60)),
        "give either a headway or weekdays, departures and utc_offset"
      ),
      (
        record(weekdays: [.mon], departures: [1440], offset: 0), "departure times must lie within 00:00-23:59"
      ),
      (
        record(weekdays: [.mon], departures: [60], offset: 15 * 60),
        "utc_offset must lie within -14:00...+14:00"
      ),
    ]
    for (record, message) in cases {
      guard case .failure(let error) = record.compiled() else {
        Issue.record("\(record) compiled")
        continue
      }
      #expect(error.message == message)
    }
  }
}
