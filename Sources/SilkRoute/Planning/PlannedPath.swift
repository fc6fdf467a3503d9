/// A path found by a search and how it is booked: leg by leg, or under one operator's B/L.
public struct PlannedPath: Hashable, Sendable {
  /// The arcs from a source terminal to a destination terminal, in travel order.
  public var arcs: [ArcID]
  /// Index into `network.data.operators` of the operator issuing a through B/L, or nil.
  public var operatorIndex: Int?

  public init(arcs: [ArcID], operatorIndex: Int? = nil) {
    self.arcs = arcs
    self.operatorIndex = operatorIndex
  }
}
