import Testing

@testable import SilkRoute

/// `Validity`: the days a dated record may be used.
@Suite struct ValidityTests {
  static func day(_ text: String) -> Int32 {
    Int32((Instant(iso8601: text)?.minutesSinceEpoch ?? 0) / 1440)
  }

  @Test func validityDays() {
    #expect(Validity.always.days == Int32.min...Int32.max)
    #expect(Validity(validFrom: "2024-01-01").days == Self.day("2024-01-01")...Int32.max)
    #expect(
      Validity(validFrom: "2020-01-01", validUntil: "2024-12-31").days
        == Self.day("2020-01-01")...Self.day("2024-12-31"))
    // Suspended on 2022-03-28: the last valid day is the 27th.
    #expect(
      Validity(validFrom: "2020-01-01", suspendedSince: "2022-03-28").days
        == Self.day("2020-01-01")...Self.day("2022-03-27"))
    #expect(Validity(validFrom: "2024-01-01", validUntil: "2023-01-01").days == nil)
    #expect(Validity(validFrom: "2024-01-01", suspendedSince: "2024-01-01").days == nil)
    #expect(Validity(validFrom: "2024-13-01").days == nil)
  }
}
