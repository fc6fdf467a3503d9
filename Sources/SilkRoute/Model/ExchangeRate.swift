/// Units of a currency per US dollar as an exact fraction: a published decimal (`7.1328`) or a
/// cross rate, the quotient of two published decimals (`713.28/780.47`: 100 USD = 713.28 CNY and
/// 100 EUR = 780.47 CNY). Nothing is rounded until an amount is converted, once, by
/// ``convert(cents:minorUnit:)``.
public struct ExchangeRate: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The rate as written in `Data/exchange_rates.csv`.
  public let text: String
  /// The rate is `numerator / denominator` units per US dollar (both positive).
  public let numerator: Int64
  public let denominator: Int64

  /// Largest number of decimals accepted in each decimal of the rate.
  public static let maximumDecimals = 6

  /// Parses `7.1328` or `713.28/780.47`: positive decimals of at most ``maximumDecimals``
  /// decimals and 9 digits each; nil otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let top = Self.decimal(parts[0]) else { return nil }
    var numerator = top.digits
    var denominator = Self.power(top.decimals)
    if parts.count == 2 {
      guard let bottom = Self.decimal(parts[1]) else { return nil }
      numerator *= Self.power(bottom.decimals)
      denominator *= bottom.digits
    }
    self.text = text
    self.numerator = numerator
    self.denominator = denominator
  }

  public var description: String { text }

  /// `713.28` → (71328, 2): digits without the point and the number of decimals.
  private static func decimal(_ text: Substring) -> (digits: Int64, decimals: Int)? {
    let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), !pieces[0].isEmpty else { return nil }
    let decimals = pieces.count == 2 ? pieces[1].count : 0
    guard pieces.count == 1 || decimals > 0, decimals <= maximumDecimals else { return nil }
    let digits = pieces.joined()
    guard digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits),
      value > 0
    else { return nil }
    return (value, decimals)
  }

  static func power(_ exponent: Int) -> Int64 {
    (0..<exponent).reduce(1) { value, _ in value * 10 }
  }

  /// `cents` US cents in minor units of the currency (`minorUnit` decimals, ISO 4217: 2 for EUR,
  /// 0 for JPY, 3 for KWD): the exact product `cents × rate × 10^minorUnit / 100`, rounded half
  /// to even, once. Nil when the result does not fit in 64 bits or `minorUnit` is not 0-4.
  public func convert(cents: Cents, minorUnit: Int) -> Int64? {
    guard (0...4).contains(minorUnit) else { return nil }
    // cents × numerator × 10^minorUnit / (denominator × 100)
    let (factor, overflow) = numerator.multipliedReportingOverflow(by: Self.power(minorUnit))
    guard !overflow else { return nil }
    return Self.divideHalfEven(cents.rawValue, times: factor, by: denominator, times: 100)
  }

  /// The inverse: `amount` minor units of the currency in US cents, by the same rule.
  public func cents(of amount: Int64, minorUnit: Int) -> Cents? {
    guard (0...4).contains(minorUnit) else { return nil }
    let (factor, overflow) = denominator.multipliedReportingOverflow(by: 100)
    guard !overflow else { return nil }
    return Self.divideHalfEven(amount, times: factor, by: numerator, times: Self.power(minorUnit))
      .map { Cents($0) }
  }

  /// `value × factor / (divisor × divisorFactor)` rounded half to even, with a 128-bit product;
  /// nil when a factor is not positive or the quotient overflows.
  static func divideHalfEven(
    _ value: Int64, times factor: Int64, by divisor: Int64, times divisorFactor: Int64
  )
    -> Int64?
  {
    guard factor > 0, divisor > 0, divisorFactor > 0 else { return nil }
    let (d, dOverflow) = UInt64(divisor).multipliedReportingOverflow(by: UInt64(divisorFactor))
    guard !dOverflow else { return nil }
    let product = value.magnitude.multipliedFullWidth(by: UInt64(factor))
    guard product.high < d else { return nil }
    var (quotient, remainder) = d.dividingFullWidth(product)
    // Half to even: up when the remainder is over half the divisor, or exactly half and odd.
    if remainder > d - remainder || (remainder == d - remainder && quotient % 2 == 1) { quotient += 1 }
    guard quotient <= UInt64(Int64.max) else { return nil }
    return value < 0 ? -Int64(quotient) : Int64(quotient)
  }
}
