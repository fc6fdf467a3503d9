/// A new transport document started in mid-route (re-consignment, a new carrier's document).
public struct DocumentStep: Hashable, Sendable, Codable {
  public var regime: DocumentRegime
  public var at: CityRef
  /// Why: "CIM ↔ SMGS re-consignment", "new carrier".
  public var reason: String
  public var timeMinutes: Minutes
  public var costCents: Cents
}
