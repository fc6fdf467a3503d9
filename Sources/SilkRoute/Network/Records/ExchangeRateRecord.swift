/// A dated, sourced exchange rate: units of a currency per US dollar, and the currency's minor
/// unit. One row of `Data/exchange_rates.csv`.
public struct ExchangeRateRecord: Hashable, Sendable, Codable {
  /// ISO 4217 alphabetic code: `EUR`, `CNY`.
  public var currency: String
  /// ISO 4217 minor unit: decimals of the currency's smallest amount (2 for EUR, 0 for JPY,
  /// 3 for KWD).
  public var minorUnit: Int
  public var rate: ExchangeRate
  /// ISO date the rate was fixed for.
  public var date: String
  public var sources: [String]
  public var note: String

  public init(
    currency: String, minorUnit: Int, rate: ExchangeRate, date: String, sources: [String], note: String = ""
  ) {
    self.currency = currency
    self.minorUnit = minorUnit
    self.rate = rate
    self.date = date
    self.sources = sources
    self.note = note
  }
}
