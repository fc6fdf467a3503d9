import Testing

@testable import SilkRoute

/// Exchange rates as exact fractions, converted once with half-to-even rounding.
@Suite struct ExchangeRateTests {
  @Test func parsesDecimalsAndCrossRates() throws {
    let plain = try #require(ExchangeRate("7.1328"))
    #expect(plain.numerator == 71_328 && plain.denominator == 10_000)
    let cross = try #require(ExchangeRate("713.28/780.47"))
    #expect(cross.numerator == 71_328 * 100 && cross.denominator == 78_047 * 100)
    #expect(try #require(ExchangeRate("12640")).denominator == 1)
    for bad in [
      "", "7.", ".5", "-7.1", "0", "0.000", "7.1328/", "1/2/3", "7,13", "1.1234567", "1e3", "1234567890",
    ] {
      #expect(ExchangeRate(bad) == nil, "'\(bad)' must be refused")
    }
  }

  /// Half to even on exact ties, in every minor unit: 1 USD = 0.5 units → 1 cent is 0.5 minor
  /// units with two decimals (rounds to 0, even), 3 cents 1.5 (→ 2), 5 cents 2.5 (→ 2).
  @Test func tiesRoundToEven() throws {
    let half = try #require(ExchangeRate("0.5"))
    #expect([1, 3, 5, 7].map { half.convert(cents: Cents($0), minorUnit: 2) } == [0, 2, 2, 4])
    #expect([-1, -3].map { half.convert(cents: Cents($0), minorUnit: 2) } == [0, -2])
    // JPY (0 decimals) at 157 per USD: 1 cent = 1.57 yen → 2; KWD (3 decimals) at 0.3 per USD:
    // 1 cent = 3 fils.
    #expect(ExchangeRate("157")?.convert(cents: Cents(1), minorUnit: 0) == 2)
    #expect(ExchangeRate("0.3")?.convert(cents: Cents(1), minorUnit: 3) == 3)
  }

  /// Against plain Int64 arithmetic on amounts small enough not to need 128 bits, on seeded
  /// random rates, amounts and minor units.
  @Test func matchesNaiveArithmeticOnSmallAmounts() throws {
    for seed: UInt64 in 1...20 {
      var random = SplitMix64(seed: seed)
      for _ in 0..<500 {
        let whole = 1 + random.next() % 99_999
        let decimals = Int(random.next() % 5)
        let fraction = random.next() % UInt64(ExchangeRate.power(decimals))
        let text =
          decimals == 0
          ? "\(whole)"
          : "\(whole)."
            + String(String(fraction).reversed()).padding(toLength: decimals, withPad: "0", startingAt: 0)
        let rate = try #require(ExchangeRate(text), "seed \(seed): \(text)")
        let cents = Int64(random.next() % 2_000_000) - 1_000_000
        let minorUnit = Int(random.next() % 4)
        let n = cents * rate.numerator * ExchangeRate.power(minorUnit)
        let d = rate.denominator * 100
        var (q, r) = n.magnitude.quotientAndRemainder(dividingBy: UInt64(d))
        if 2 * r > UInt64(d) || (2 * r == UInt64(d) && q % 2 == 1) { q += 1 }
        let expected = cents < 0 ? -Int64(q) : Int64(q)
        #expect(
          rate.convert(cents: Cents(cents), minorUnit: minorUnit) == expected,
          "seed \(seed): \(cents) cents at \(text), \(minorUnit) decimals")
      }
    }
  }

  /// USD → currency → USD lands within a cent, and back again within one minor unit, for large
  /// amounts too (the 128-bit path); an amount whose result overflows is refused, not wrapped.
  @Test func roundTripsWithinOneMinorUnit() throws {
    var random = SplitMix64(seed: 2024)
    for text in [
      "7.1328", "713.28/780.47", "713.28/4.5429", "87.7427", "444.32", "444.32/1442.69", "12640.87",
    ] {
      let rate = try #require(ExchangeRate(text))
      for minorUnit in 0...3 {
        for _ in 0..<300 {
          let cents = Cents(Int64(random.next() % 10_000_000_000_000))
          let amount = try #require(rate.convert(cents: cents, minorUnit: minorUnit))
          let back = try #require(rate.cents(of: amount, minorUnit: minorUnit))
          // One minor unit is worth 100 / (rate × 10^minorUnit) cents; half of it, rounded, is
          // the most the first rounding can lose, plus half a cent for the second.
          let unitCents = Double(rate.denominator) * 100 / (Double(rate.numerator) * pow10(minorUnit))
          let bound = Int64((unitCents / 2 + 0.5).rounded(.down)) + 1
          #expect(
            abs((back - cents).rawValue) <= max(bound, 1),
            "\(text) \(minorUnit): \(cents) → \(amount) → \(back)")
          // Where a minor unit is at least a cent, the currency side is the coarser one: the
          // amount survives the trip through cents within one minor unit.
          if unitCents >= 1 {
            let again = try #require(rate.convert(cents: back, minorUnit: minorUnit))
            #expect(abs(again - amount) <= 1, "\(text) \(minorUnit): \(amount) → \(back) → \(again)")
          }
        }
      }
    }
    #expect(ExchangeRate("12640.87")?.convert(cents: Cents(.max / 2), minorUnit: 2) == nil)
  }

  func pow10(_ exponent: Int) -> Double { Double(ExchangeRate.power(exponent)) }
}
