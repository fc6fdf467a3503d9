/// One hub operation of an emissions report (ISO 14083 hub operation category): a transfer's
/// handling at a port, rail terminal or airport, and the intensity applied per tonne handled.
public struct EmissionsHub: Hashable, Sendable, Codable {
  /// The transfer id.
  public var transfer: String
  public var kind: TransferRecord.Kind
  /// The terminal where the cargo is handled (the port, airport or rail terminal of the two).
  public var terminal: String
  /// The mode of that terminal: which hub factor applies.
  public var hubMode: Mode
  public var payloadKg: Int64
  /// Well-to-wheel emissions per tonne handled, when the data gives a hub factor for the mode.
  public var wtwGramsPerTonne: GramsPerTonne?
  /// Tank-to-wheel (direct) emissions per tonne handled.
  public var ttwGramsPerTonne: GramsPerTonne?
  /// Well-to-wheel emissions: what the route's CO2 criterion counts for the transfer.
  public var wtwGrams: Grams
  /// Tank-to-wheel emissions (zero, like the WTW, where the data gives no hub factor).
  public var ttwGrams: Grams
  public var sources: [String]

  public init(
    transfer: String, kind: TransferRecord.Kind, terminal: String, hubMode: Mode, payloadKg: Int64,
    wtwGramsPerTonne: GramsPerTonne?, ttwGramsPerTonne: GramsPerTonne?, wtwGrams: Grams, ttwGrams: Grams,
    sources: [String]
  ) {
    self.transfer = transfer
    self.kind = kind
    self.terminal = terminal
    self.hubMode = hubMode
    self.payloadKg = payloadKg
    self.wtwGramsPerTonne = wtwGramsPerTonne
    self.ttwGramsPerTonne = ttwGramsPerTonne
    self.wtwGrams = wtwGrams
    self.ttwGrams = ttwGrams
    self.sources = sources
  }
}
