/// One transport document of a `DocumentPlan`: its type, issuer, where it starts and ends, the
/// legs it covers and, for a through B/L, the documents of the carriers under it.
public struct TransportDocument: Hashable, Sendable, Codable {
  /// `multimodal-bl` or a regime id (`smgs`, `ocean-bl`…).
  public var type: String
  public var issuer: String
  public var from: CityRef
  public var to: CityRef
  /// 1-based numbers of the legs it covers (in the order of `Itinerary.legs`).
  public var legs: [Int]
  /// The documents underneath a through B/L (the carriers' own, issued to the operator).
  public var underlying: [TransportDocument]?
}
