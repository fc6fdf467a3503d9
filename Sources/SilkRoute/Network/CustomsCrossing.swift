/// Where cargo enters another customs territory along an arc, and what clearance costs there.
public struct CustomsCrossing: Hashable, Sendable, Codable {
  public enum Kind: Hashable, Sendable, Codable {
    /// A named land crossing from `border_crossings`.
    case land(BorderCrossingID)
    /// Entry by sea or air: the destination territory's entry clearance.
    case entry
  }
  public var kind: Kind
  public var name: String
  public var fromTerritory: TerritoryID
  public var toTerritory: TerritoryID
  public var clearance: Minutes
  public var cost: Cents
  /// Clearance in transit (the destination territory is another one and the goods travel under a
  /// transit document); nil = as `clearance`.
  public var transitClearance: Minutes?
  public var transitCost: Cents?
}
