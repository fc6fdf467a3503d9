import SilkRoute
import SilkRouteAPI

/// The quote's id and validity as the table's last lines, with its amounts in another currency.
enum QuoteText {
  /// `Quote Q-… valid until 2024-08-15 (tariff period)` (or that it expired), and with a currency
  /// `In EUR: 3,139.12 (1 USD = 713.28/780.47 EUR, 2024-07-16, cfets-2024-07-16; …)`; nothing
  /// without a quote.
  static func render(_ quote: Quote?) -> String {
    guard let quote else { return "" }
    var text =
      if let until = quote.validUntil, quote.expired == true {
        "Quote \(quote.id) expired: valid until \(until) (\(quote.validUntilBy ?? "data")), today is "
          + "\(quote.checkedOn ?? "later"); these are that period's prices, re-quote on current tariffs to book\n"
      } else if let until = quote.validUntil {
        "Quote \(quote.id) valid until \(until) (\(quote.validUntilBy ?? "data"))\n"
      } else {
        "Quote \(quote.id) (no end of validity in the data)\n"
      }
    if let currency = quote.currency {
      let totals = currency.totals.map { amount(Int64($0), minorUnit: currency.minorUnit) }
      text +=
        "In \(currency.code): \(totals.joined(separator: ", ")) (1 USD = \(currency.unitsPerUSD) \(currency.code), "
        + "\(currency.rateDate), \(currency.rateSources.joined(separator: ";")); rounded half to even)\n"
    }
    return text
  }

  /// `313912` with 2 decimals → `3,139.12`; 0 decimals → `313,912`.
  static func amount(_ value: Int64, minorUnit: Int) -> String {
    let scale = (0..<minorUnit).reduce(Int64(1)) { value, _ in value * 10 }
    let whole = value.magnitude / UInt64(scale)
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if minorUnit > 0 {
      let fraction = String(value.magnitude % UInt64(scale))
      grouped += "." + String(repeating: "0", count: minorUnit - fraction.count) + fraction
    }
    return (value < 0 ? "-" : "") + grouped
  }
}
