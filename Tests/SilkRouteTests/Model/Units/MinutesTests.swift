import SilkRoute
import Testing

/// `Minutes`: the compact duration text and the day and hour constructors.
@Suite struct MinutesTests {
  @Test func compactTextNamesOnlyTheUnitsPresent() {
    #expect(Minutes(0).compactText == "0m")
    #expect(Minutes.days(34).compactText == "34d")
    #expect(Minutes(255).compactText == "4h15m")
    #expect(Minutes(1440 + 150).compactText == "1d2h30m")
    #expect(Minutes(-90).description == "-1h30m")
  }

  @Test func daysAndHours() {
    #expect(Minutes.days(2) == Minutes(2880))
    #expect(Minutes.hours(3) == Minutes(180))
    #expect(Minutes(2160).days == 1.5)
  }
}
