/// Cost, time and CO2 of an arc or of a whole route.
public struct RouteTotals: Hashable, Sendable, Codable, CustomStringConvertible, BitwiseCopyable {
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
