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
