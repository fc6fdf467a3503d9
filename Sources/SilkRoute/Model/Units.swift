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

/// US-dollar cents.
public struct Cents: IntegerQuantity {
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

/// Minutes of elapsed time.
public struct Minutes: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ minutes: Int64) { self.rawValue = minutes }
  public static func days(_ days: Int64) -> Minutes { Minutes(days * 1440) }
  public static func hours(_ hours: Int64) -> Minutes { Minutes(hours * 60) }

  /// Canonical compact duration: `34d`, `4h15m`, `1d2h30m`, `0m`.
  public var compactText: String {
    guard rawValue != 0 else { return "0m" }
    let sign = rawValue < 0 ? "-" : ""
    let magnitude = rawValue.magnitude
    let days = magnitude / 1440
    let hours = magnitude % 1440 / 60
    let minutes = magnitude % 60
    var text = sign
    if days > 0 { text += "\(days)d" }
    if hours > 0 { text += "\(hours)h" }
    if minutes > 0 { text += "\(minutes)m" }
    return text
  }
  /// Elapsed days as a decimal, for display only.
  public var days: Double { Double(rawValue) / 1440 }
  public var description: String { compactText }
}

/// Grams of CO2-equivalent.
public struct Grams: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ grams: Int64) { self.rawValue = grams }
  public var description: String { "\(rawValue) g CO2e" }
}

/// Whole kilometres.
public struct Kilometres: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ kilometres: Int64) { self.rawValue = kilometres }
  public var description: String { "\(rawValue) km" }
}

/// Emission intensity: grams of CO2e per tonne-kilometre.
public struct GramsPerTonneKilometre: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ value: Int64) { self.rawValue = value }
  public var description: String { "\(rawValue) g/tkm" }

  /// Emissions of moving `kilograms` over `distance`, rounded half up to whole grams.
  public func emissions(kilograms: Int64, over distance: Kilometres) -> Grams {
    // g/tkm × kg × km / 1000; 602 g × 10^7 kg × 2·10^4 km stays far below Int64.max.
    let milligramsTimes = rawValue * kilograms * distance.rawValue
    return Grams((milligramsTimes + 500) / 1000)
  }
}
