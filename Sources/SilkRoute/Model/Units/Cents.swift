/// US-dollar cents.
public struct Cents: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ cents: Int64) { self.rawValue = cents }

  /// `1234.50` style, always two decimals.
  public var dollarsText: String {
    let sign = rawValue < 0 ? "-" : ""
    let magnitude = rawValue.magnitude
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
  public var description: String { "USD \(dollarsText)" }
}
