/// The charge of the operator issuing a through multimodal B/L, paid once per shipment where it
/// issues the document: at the place of receipt.
public struct FeeStep: Hashable, Sendable, Codable {
  public var operatorID: String
  public var operatorName: String
  /// Where it is charged: the place of receipt (the origin city).
  public var at: CityRef
  /// Why: "through multimodal B/L".
  public var reason: String
  /// Zero: the data gives operators a fee, not a time.
  public var timeMinutes: Minutes
  public var costCents: Cents
}
