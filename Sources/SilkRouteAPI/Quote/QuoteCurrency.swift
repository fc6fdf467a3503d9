import SilkRoute

/// A quote's amounts in another currency: each converted once from its exact US-cent amount at
/// a dated, sourced rate, rounded half to even to the currency's minor unit.
///
/// ```json
/// "currency": {"code": "EUR", "minorUnit": 2, "unitsPerUSD": "713.28/780.47", "rateDate": "2024-07-16",
///   "rateSources": ["cfets-2024-07-16", "iso-4217"], "totals": [313912], "stepCosts": [15152, 240000]}
/// ```
public struct QuoteCurrency: Codable, Hashable, Sendable {
  /// ISO 4217 code.
  public var code: String
  /// Decimals of the amounts (ISO 4217 minor unit: EUR 2, JPY 0, KWD 3).
  public var minorUnit: Int
  /// Units of the currency per US dollar as the data gives it: a decimal, or a cross rate
  /// `a/b` (exact quotient of two published rates).
  public var unitsPerUSD: String
  /// The day the rate was fixed for.
  public var rateDate: String
  /// Source ids of the rate (`Data/sources.csv`).
  public var rateSources: [String]
  /// The rounding rule, in words.
  public var rounding: String
  /// Total cost of each route offered, in minor units, in the answer's order (the itinerary, the
  /// Pareto front or the alternatives). Each total is converted on its own, not summed from
  /// converted steps.
  public var totals: [Int64]
  /// With one itinerary: each step's cost in minor units, in the itinerary's step order.
  public var stepCosts: [Int64]?

  /// The rule every amount is converted by.
  public static let roundingRule =
    "amount in US cents × units per USD × 10^minorUnit / 100, exact, rounded half to even once"

  public init(
    code: String, minorUnit: Int, unitsPerUSD: String, rateDate: String, rateSources: [String],
    rounding: String,
    totals: [Int64], stepCosts: [Int64]? = nil
  ) {
    self.code = code
    self.minorUnit = minorUnit
    self.unitsPerUSD = unitsPerUSD
    self.rateDate = rateDate
    self.rateSources = rateSources
    self.rounding = rounding
    self.totals = totals
    self.stepCosts = stepCosts
  }

  /// `routes` converted at `rate`; `itinerary`'s steps too when given. Nil when an amount does
  /// not fit in 64 bits.
  public init?(rate record: ExchangeRateRecord, routes: [Itinerary], itinerary: Itinerary?) {
    code = record.currency
    minorUnit = record.minorUnit
    unitsPerUSD = record.rate.text
    rateDate = record.date
    rateSources = record.sources
    rounding = Self.roundingRule
    func convert(_ cents: Cents) -> Int64? { record.rate.convert(cents: cents, minorUnit: record.minorUnit) }
    let totals = routes.compactMap { convert($0.totals.costCents) }
    guard totals.count == routes.count else { return nil }
    self.totals = totals
    if let itinerary {
      let steps = itinerary.steps.compactMap { convert($0.costCents) }
      guard steps.count == itinerary.steps.count else { return nil }
      stepCosts = steps
    }
  }
}
