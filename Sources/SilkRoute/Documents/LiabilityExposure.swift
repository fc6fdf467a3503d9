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
