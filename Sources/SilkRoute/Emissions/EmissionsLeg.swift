/// One transport chain element of an emissions report (ISO 14083 transport operation): a leg,
/// its transport activity and the intensity factors applied to it.
public struct EmissionsLeg: Hashable, Sendable, Codable {
  /// The service id.
  public var service: String
  public var mode: Mode
  /// Terminal ids.
  public var from: String
  public var to: String
  public var distanceKm: Kilometres
  public var payloadKg: Int64
  /// Transport activity: payload tonnes × distance, rounded half up to whole tonne-kilometres.
  public var tonneKm: Int64
  /// The energy carrier of the intensity (`diesel`, `electricity`…), when the data gives it.
  public var energy: String?
  /// Well-to-wheel intensity factor (g CO2e/tkm): the service's `co2_g_per_tkm`.
  public var wtwGramsPerTkm: GramsPerTonneKilometre?
  /// Tank-to-wheel intensity factor (g CO2e/tkm), when the data gives it.
  public var ttwGramsPerTkm: GramsPerTonneKilometre?
  /// Well-to-wheel emissions: what the route's CO2 criterion counts for the leg.
  public var wtwGrams: Grams
  /// Tank-to-wheel emissions, when the tank-to-wheel factor is known.
  public var ttwGrams: Grams?
  /// Source ids of the factors: the service's `co2_source`, then the emission factor row's.
  public var sources: [String]

  public init(
    service: String, mode: Mode, from: String, to: String, distanceKm: Kilometres, payloadKg: Int64,
    tonneKm: Int64, energy: String?, wtwGramsPerTkm: GramsPerTonneKilometre?,
    ttwGramsPerTkm: GramsPerTonneKilometre?, wtwGrams: Grams, ttwGrams: Grams?, sources: [String]
  ) {
    self.service = service
    self.mode = mode
    self.from = from
    self.to = to
    self.distanceKm = distanceKm
    self.payloadKg = payloadKg
    self.tonneKm = tonneKm
    self.energy = energy
    self.wtwGramsPerTkm = wtwGramsPerTkm
    self.ttwGramsPerTkm = ttwGramsPerTkm
    self.wtwGrams = wtwGrams
    self.ttwGrams = ttwGrams
    self.sources = sources
  }
}
