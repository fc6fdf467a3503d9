import Testing

@testable import SilkRoute

/// `FactorText` (exact decimal factors) and `Tariff.scaled(by:)`, which applies one.
@Suite struct FactorTextTests {
  @Test func factorsAndScaledTariffs() {
    for (text, value) in [("1.35", Int64(13_500)), ("1.0", 10_000), ("0.8765", 8_765), ("12.5", 125_000)] {
      #expect(FactorText.parse(text) == value && FactorText.text(value) == text, "\(text)")
    }
    for bad in ["", "1.", ".5", "-1.2", "1.23456", "1,5", "x"] {
      #expect(FactorText.parse(bad) == nil, "\(bad)")
    }
    let tariff = Tariff(
      perTEU: Cents(100_000), perFEU: Cents(150_001), perKilogram: Cents(7), minimumCharge: nil)
    let scaled = tariff.scaled(by: 13_500)
    #expect(
      scaled.perTEU == Cents(135_000) && scaled.perFEU == Cents(202_501) && scaled.perKilogram == Cents(9))
    #expect(scaled.minimumCharge == nil)
  }
}
