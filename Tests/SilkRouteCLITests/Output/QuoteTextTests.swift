import SilkRouteAPI
import Testing

@testable import SilkRouteCLI

/// The quote's lines under a route table.
@Suite struct QuoteTextTests {
  @Test func amountsInMinorUnitsReadAsDecimals() {
    #expect(QuoteText.amount(313_912, minorUnit: 2) == "3,139.12")
    #expect(QuoteText.amount(5, minorUnit: 2) == "0.05")
    #expect(QuoteText.amount(1_234_567, minorUnit: 0) == "1,234,567")
    #expect(QuoteText.amount(1_000_001, minorUnit: 3) == "1,000.001")
    #expect(QuoteText.amount(-250, minorUnit: 2) == "-2.50")
  }

  @Test func showsIdValidityAndTheRateUsed() {
    var quote = Quote(id: "Q-0123456789abcdef", validUntil: "2024-08-15", validUntilBy: "tariff period")
    #expect(QuoteText.render(quote) == "Quote Q-0123456789abcdef valid until 2024-08-15 (tariff period)\n")
    quote.currency = QuoteCurrency(
      code: "EUR", minorUnit: 2, unitsPerUSD: "713.28/780.47", rateDate: "2024-07-16",
      rateSources: ["cfets-2024-07-16"], rounding: QuoteCurrency.roundingRule, totals: [311_057])
    let text = QuoteText.render(quote)
    #expect(text.contains("In EUR: 3,110.57 (1 USD = 713.28/780.47 EUR, 2024-07-16, cfets-2024-07-16"))
    #expect(QuoteText.render(nil).isEmpty)
  }

  @Test func anExpiredQuoteSaysSo() {
    var quote = Quote(id: "Q-0123456789abcdef", validUntil: "2024-08-15", validUntilBy: "tariff period")
    quote.expired = true
    quote.checkedOn = "2026-12-08"
    #expect(
      QuoteText.render(quote)
        == "Quote Q-0123456789abcdef expired: valid until 2024-08-15 (tariff period), today is 2026-12-08; "
        + "these are that period's prices, re-quote on current tariffs to book\n")
  }
}
