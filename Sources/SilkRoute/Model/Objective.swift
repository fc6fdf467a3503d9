/// What a scalar search minimises. Ties are broken by the other two criteria in a fixed order,
/// so "the" optimum is unique up to equal (cost, time, CO2) vectors.
public enum Objective: String, CaseIterable, Sendable, Codable, Hashable {
  /// Least cost, then least time, then least CO2.
  case cheapest
  /// Least time, then least cost, then least CO2.
  case fastest
  /// Least CO2, then least cost, then least time.
  case greenest

  /// The lexicographic key of `totals` under this objective.
  @inlinable public func key(_ totals: RouteTotals) -> SearchKey {
    switch self {
    case .cheapest:
      SearchKey(totals.cost.rawValue, totals.time.rawValue, totals.co2.rawValue)
    case .fastest:
      SearchKey(totals.time.rawValue, totals.cost.rawValue, totals.co2.rawValue)
    case .greenest:
      SearchKey(totals.co2.rawValue, totals.cost.rawValue, totals.time.rawValue)
    }
  }
}

/// A lexicographically ordered triple.
public struct SearchKey: Hashable, Comparable, Sendable {
  public var primary: Int64
  public var secondary: Int64
  public var tertiary: Int64

  @inlinable public init(_ primary: Int64, _ secondary: Int64, _ tertiary: Int64) {
    self.primary = primary
    self.secondary = secondary
    self.tertiary = tertiary
  }

  @inlinable public static func < (lhs: SearchKey, rhs: SearchKey) -> Bool {
    if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
    if lhs.secondary != rhs.secondary { return lhs.secondary < rhs.secondary }
    return lhs.tertiary < rhs.tertiary
  }
}

/// Cost, time and CO2 of an arc or of a whole route.
public struct RouteTotals: Hashable, Sendable, Codable, CustomStringConvertible {
  public var cost: Cents
  public var time: Minutes
  public var co2: Grams

  @inlinable public init(cost: Cents, time: Minutes, co2: Grams) {
    self.cost = cost
    self.time = time
    self.co2 = co2
  }
  public static let zero = RouteTotals(cost: .zero, time: .zero, co2: .zero)

  @inlinable public static func + (lhs: RouteTotals, rhs: RouteTotals) -> RouteTotals {
    RouteTotals(cost: lhs.cost + rhs.cost, time: lhs.time + rhs.time, co2: lhs.co2 + rhs.co2)
  }

  public var description: String { "(\(cost), \(time), \(co2))" }
}
