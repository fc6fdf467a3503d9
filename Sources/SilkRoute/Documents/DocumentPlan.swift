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

/// Liability limits per leg (the network system: the limit of the leg where loss occurs)
/// against the declared value.
public struct LiabilityExposure: Hashable, Sendable, Codable {
  public struct LegLimit: Hashable, Sendable, Codable {
    public var leg: Int
    public var regime: DocumentRegime
    public var convention: String
    /// Limit for the whole consignment, in SDR hundredths and US cents.
    public var limitSDR: SDR?
    public var limitCents: Cents?
    /// Declared value minus the limit, when positive.
    public var uncoveredCents: Cents?
  }
  public var declaredValueCents: Cents?
  /// US dollars per SDR used for the conversion (the dataset edition's rate), and its date; nil
  /// when the dataset states none (limits are then in SDR only).
  public var usdPerSDR: String?
  public var sdrRateDate: String?
  public var legs: [LegLimit]
  /// The largest uncovered amount over the legs: what insurance must cover.
  public var uninsuredGapCents: Cents?
}
