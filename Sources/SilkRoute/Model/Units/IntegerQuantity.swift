/// Integer quantities used wherever routes are compared: dominance must be exact, so no `Double`.
///
/// Money is in US-dollar cents, time in minutes, CO2e in grams, distance in kilometres.
public protocol IntegerQuantity: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  AdditiveArithmetic
{
  var rawValue: Int64 { get }
  init(rawValue: Int64)
}

extension IntegerQuantity {
  public static var zero: Self { Self(rawValue: 0) }
  @inlinable public static func + (lhs: Self, rhs: Self) -> Self {
    Self(rawValue: lhs.rawValue &+ rhs.rawValue)
  }
  @inlinable public static func - (lhs: Self, rhs: Self) -> Self {
    Self(rawValue: lhs.rawValue &- rhs.rawValue)
  }
  @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  @inlinable public static func * (lhs: Self, rhs: Int64) -> Self {
    Self(rawValue: lhs.rawValue &* rhs)
  }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(Int64.self))
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
