extension NetworkBuilder {
  /// Each rate names an ISO 4217-shaped code once, a minor unit of 0-3, a date, and its sources.
  mutating func checkExchangeRates() {
    var seen: Set<String> = []
    for (index, row) in data.exchangeRates.enumerated() {
      let id = row.currency
      if row.currency.count != 3 || !row.currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
        issue(.exchangeRates, index, id, "currency", "'\(row.currency)' is not an ISO 4217 code like EUR")
      }
      if row.currency == "USD" {
        issue(.exchangeRates, index, id, "currency", "USD is the tariffs' own currency: no rate needed")
      }
      if !(0...3).contains(row.minorUnit) {
        issue(.exchangeRates, index, id, "minor_unit", "\(row.minorUnit) decimals is out of range 0-3")
      }
      if row.date.isEmpty {
        issue(.exchangeRates, index, id, "date", "a rate needs the date it was fixed for")
      }
      if !seen.insert(id).inserted {
        issue(.exchangeRates, index, id, nil, "duplicate rate for \(id)")
      }
      checkSources(row.sources, .exchangeRates, index, id, field: "source")
    }
  }
}
