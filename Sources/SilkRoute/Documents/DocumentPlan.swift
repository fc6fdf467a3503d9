/// Which transport documents a route travels under, who issues them, where each starts and ends,
/// the liability each leg carries, and — when one through B/L is impossible — why.
public struct DocumentPlan: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// One multimodal transport document from one operator, receipt to delivery.
    case throughBillOfLading = "through-bl"
    /// One carrier's own document covers the whole route (one mode, one carrier).
    case singleCarrierDocument = "single-carrier-document"
    /// Several documents, one per run of legs.
    case segmented
  }
  public var kind: Kind
  /// The operator issuing the through B/L.
  public var issuer: String?
  public var documents: [TransportDocument]
  /// Why one through B/L is impossible (segmented plans), in one sentence.
  public var reason: String?
  /// An operator that could issue a through B/L for this very route, when it is segmented.
  public var throughBillOfLadingAvailableFrom: String?
  public var liability: LiabilityExposure?
}
