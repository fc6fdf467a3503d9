/// Entry into another customs territory.
public struct BorderStep: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case land, entry
  }
  public var name: String
  public var kind: Kind
  public var fromTerritory: String
  public var toTerritory: String
  /// The city where clearance happens.
  public var at: CityRef
  public var timeMinutes: Minutes
  public var costCents: Cents
  /// Cleared as goods in transit (TIR, SMGS) rather than for import.
  public var inTransit: Bool
}
