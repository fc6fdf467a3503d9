/// A route's criteria during a search: the three objectives and the two counted resources.
public struct CriteriaVector: Hashable, Sendable {
  public var cost: Int64 = 0
  public var time: Int64 = 0
  public var co2: Int64 = 0
  public var legs: Int64 = 0
  public var transfers: Int64 = 0
  /// Transport documents the cargo travels under (1 for a through B/L).
  public var documents: Int64 = 0

  public init(
    cost: Int64 = 0, time: Int64 = 0, co2: Int64 = 0, legs: Int64 = 0, transfers: Int64 = 0,
    documents: Int64 = 0
  ) {
    self.cost = cost
    self.time = time
    self.co2 = co2
    self.legs = legs
    self.transfers = transfers
    self.documents = documents
  }

  subscript(dimension: Dimension) -> Int64 {
    switch dimension {
    case .cost: cost
    case .time: time
    case .co2: co2
    case .legs: legs
    case .transfers: transfers
    case .documents: documents
    }
  }

  public var totals: RouteTotals { RouteTotals(cost: Cents(cost), time: Minutes(time), co2: Grams(co2)) }

  enum Dimension: Int, CaseIterable {
    case cost, time, co2, legs, transfers, documents
  }
}
