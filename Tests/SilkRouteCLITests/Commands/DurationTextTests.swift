import SilkRoute
import Testing

@testable import SilkRouteCLI

/// `--deadline 20d`, `--delay X=4h15m`: units in any combination, largest first.
@Suite struct DurationTextTests {
  @Test func readsDaysHoursAndMinutes() {
    #expect(DurationText.parse("20d") == Minutes(20 * 1440))
    #expect(DurationText.parse("12h") == Minutes(720))
    #expect(DurationText.parse("45m") == Minutes(45))
    #expect(DurationText.parse("4h15m") == Minutes(255))
    #expect(DurationText.parse("1d2h30m") == Minutes(1440 + 150))
    #expect(DurationText.parse("1D2H") == Minutes(1560))
    #expect(DurationText.parse("0d") == Minutes(0))
  }

  @Test func refusesAnythingElse() {
    for text in [
      "", "20", "d", "20x", "2h1d", "1d1d", "1.5d", "-3d", " 3d", "3 d", "12345678m", "٣d", "3dd",
    ] {
      #expect(DurationText.parse(text) == nil, "\(text)")
    }
  }
}
