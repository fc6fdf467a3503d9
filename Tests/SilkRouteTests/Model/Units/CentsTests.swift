import SilkRoute
import Testing

/// `Cents` and the arithmetic every `IntegerQuantity` shares.
@Suite struct CentsTests {
  @Test func dollarsAlwaysShowTwoDecimals() {
    #expect(Cents(123_450).dollarsText == "1234.50")
    #expect(Cents(5).dollarsText == "0.05")
    #expect(Cents(-1_001).dollarsText == "-10.01")
    #expect(Cents(0).description == "USD 0.00")
  }

  @Test func quantitiesAddSubtractScaleAndCompareExactly() {
    #expect(Cents(250) + Cents(175) == Cents(425))
    #expect(Cents(250) - Cents(300) == Cents(-50))
    #expect(Cents(250) * 3 == Cents(750))
    #expect(Cents.zero == Cents(0))
    #expect(Cents(1) < Cents(2))
    #expect([Cents(3), Cents(1), Cents(2)].max() == Cents(3))
  }
}
