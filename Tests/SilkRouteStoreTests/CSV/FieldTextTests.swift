import SilkRoute
import Testing

@testable import SilkRouteStore

/// Field text ⇄ values: durations, money, decimals (the CSV spellings of `Data/`).
@Suite struct FieldTextTests {
  @Test(arguments: [
    ("34d", 48960), ("9h", 540), ("4h15m", 255), ("55m", 55), ("1d2h30m", 1590), ("0m", 0),
  ])
  func durationsRoundTrip(text: String, minutes: Int64) {
    #expect(FieldText.duration(text) == minutes)
    #expect(Minutes(minutes).compactText == text)
  }

  @Test(arguments: ["", "3 days", "15m4h", "4h4h", "h", "12", "-3d", "1.5d"])
  func rejectsMalformedDurations(text: String) {
    #expect(FieldText.duration(text) == nil)
  }

  @Test func dollarsAreExactCents() {
    #expect(FieldText.cents("4500.00") == 450_000)
    #expect(FieldText.cents("0.35") == 35)
    #expect(FieldText.cents("4500") == nil)
    #expect(FieldText.cents("4,500.00") == nil)
    #expect(FieldText.cents("1.5") == nil)
    #expect(FieldText.cents("-1.00") == nil)
    #expect(Cents(35).dollarsText == "0.35")
    #expect(Cents(450_000).dollarsText == "4500.00")
  }

  @Test func decimalsReadBackExactly() {
    for value in [36.3, 120.03, -33.8688, 0.0001, 45.0] {
      let text = FieldText.decimalText(value)
      #expect(FieldText.parse(text, as: .decimal) == .real(value))
    }
  }
}
