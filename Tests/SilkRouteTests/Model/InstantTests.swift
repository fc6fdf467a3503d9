import Testing

@testable import SilkRoute

/// `Instant(iso8601:)` is strict: what it accepts is exactly the forms its documentation lists.
@Suite struct InstantTests {
  /// Accepted forms and the UTC instant each means.
  static let good: [(String, String)] = [
    ("2026-12-01T08:00Z", "2026-12-01T08:00Z"),
    ("2026-12-01T08:00z", "2026-12-01T08:00Z"),
    ("2026-12-01 08:00Z", "2026-12-01T08:00Z"),
    ("2026-12-01T08:00:00Z", "2026-12-01T08:00Z"),
    ("2026-12-01T08:00+00:00", "2026-12-01T08:00Z"),
    ("2026-12-01T08:00-00:00", "2026-12-01T08:00Z"),
    ("2026-12-01T16:00+08:00", "2026-12-01T08:00Z"),
    ("2026-12-01T16:00+0800", "2026-12-01T08:00Z"),
    ("2026-12-01T08:00:00+05:30", "2026-12-01T02:30Z"),
    ("2026-12-01T08:00-09:45", "2026-12-01T17:45Z"),
    ("2026-12-01T08:00+14:00", "2026-11-30T18:00Z"),
    ("2026-12-01T08:00-1459", "2026-12-01T22:59Z"),
    ("2026-12-01", "2026-12-01T00:00Z"),
    ("2024-02-29T23:59Z", "2024-02-29T23:59Z"),
    ("1969-12-31T23:59Z", "1969-12-31T23:59Z"),
    ("0000-01-01T00:00Z", "0000-01-01T00:00Z"),
    ("0042-03-01", "0042-03-01T00:00Z"),
    ("0000-01-01T00:00+00:01", "-0001-12-31T23:59Z"),
    ("9999-12-31T23:59Z", "9999-12-31T23:59Z"),
  ]

  /// Refused: malformed offsets (the reported `+-9:-9` read as 17:09Z), trailing text, non-ASCII
  /// digits, impossible dates and times.
  static let bad: [String] = [
    "2026-12-01T08:00+-9:-9", "2026-12-01T08:00+-9:-09", "2026-12-01T08:00-+9:00", "2026-12-01T08:00+9:00",
    "2026-12-01T08:00+09:0", "2026-12-01T08:00+15:00", "2026-12-01T08:00+08:60", "2026-12-01T08:00+08",
    "2026-12-01T08:00+080", "2026-12-01T08:00+08000", "2026-12-01T08:00+08:00:00", "2026-12-01T08:00+08;00",
    "2026-12-01T08:00 +08:00", "2026-12-01T08:00Z ", "2026-12-01T08:00ZZ", "2026-12-01T08:00Zjunk",
    "2026-12-01T08:00Z\n", "2026-12-01T08:00", "2026-12-01T08:00:00", "2026-12-01T08:00:30Z",
    "2026-12-01T08:00:0Z", "2026-12-01T08:00:00.000Z", "2026-12-01T8:00Z", "2026-12-01T08:0Z",
    "2026-12-01T24:00Z", "2026-12-01T08:60Z", "2026-12-01T-8:00Z", "2026-12-01T+8:00Z",
    "2026-12-01X08:00Z", "2026-13-01", "2026-00-01", "2026-02-30T00:00Z", "2026-12-32", "2026-12-00",
    "2026-12-1", "226-12-01", "+2026-12-01", "2026-12-01 ", " 2026-12-01", "2026/12/01", "2026-12-01T",
    "2026-1٢-01", "２026-12-01", "2026-12-01T08:00+٠8:00", "2026-12-01T08:00\u{2212}08:00", "yesterday", "",
    "-", "Z", "2026-12-01T08:00Z\u{301}", "2026-12-01\u{1}",
  ]

  @Test(arguments: good)
  func accepts(_ text: String, _ utc: String) throws {
    let instant = try #require(Instant(iso8601: text), "\(text)")
    #expect(instant.iso8601 == utc, "\(text)")
    if !instant.iso8601.hasPrefix("-") { #expect(Instant(iso8601: instant.iso8601) == instant) }
  }

  /// Printed years have at least four digits, as the response schema's pattern says.
  @Test func printsFourDigitYears() {
    #expect(
      Instant(minutesSinceEpoch: Instant.days(year: 10000, month: 1, day: 11) * 1440).iso8601
        == "10000-01-11T00:00Z")
    #expect(
      Instant(minutesSinceEpoch: Instant.days(year: -1, month: 12, day: 31) * 1440).iso8601
        == "-0001-12-31T00:00Z")
    #expect(
      Instant(minutesSinceEpoch: Instant.days(year: 7, month: 5, day: 1) * 1440).iso8601
        == "0007-05-01T00:00Z")
  }

  @Test(arguments: bad)
  func refuses(_ text: String) {
    #expect(Instant(iso8601: text) == nil, "\(text.debugDescription)")
  }

  @Test func instantsParseAndPrint() {
    #expect(Instant(iso8601: "2026-12-01T08:00Z")?.iso8601 == "2026-12-01T08:00Z")
    #expect(Instant(iso8601: "2026-12-01T16:00+08:00")?.iso8601 == "2026-12-01T08:00Z")
    #expect(Instant(iso8601: "2026-12-01")?.iso8601 == "2026-12-01T00:00Z")
    #expect(Instant(iso8601: "1969-12-31T23:59Z")?.minutesSinceEpoch == -1)
    for bad in ["2026-13-01", "2026-02-30T00:00Z", "2026-12-01T25:00Z", "yesterday", "2026-12-01T08:00"] {
      #expect(Instant(iso8601: bad) == nil, "\(bad)")
    }
  }
}
