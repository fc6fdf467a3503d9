/// A path found by a search and how it is booked: leg by leg, or under one operator's B/L.
public struct PlannedPath: Hashable, Sendable {
  public var arcs: [Int]
  /// Index into `network.data.operators` of the operator issuing a through B/L, or nil.
  public var operatorIndex: Int?
}
