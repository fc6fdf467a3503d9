/// A route's greenhouse gas emissions as a shipper reports them under ISO 14083:2023 and the GLEC
/// Framework v3: every transport chain element (leg) and hub operation (transfer) with its
/// activity, intensity factors and their sources, well-to-wheel (WTW) and tank-to-wheel (TTW).
///
/// The WTW total equals the route's CO2e criterion exactly: legs count `co2_g_per_tkm × payload ×
/// distance` and transfers their hub factor × payload, as the search does.
public struct EmissionsReport: Hashable, Sendable, Codable {
  /// How the figures were quantified.
  public var method: String
  public var payloadKg: Int64
  public var legs: [EmissionsLeg]
  public var hubs: [EmissionsHub]
  public var totals: Totals

  /// The default-value method this report follows.
  public static let defaultMethod =
    "ISO 14083:2023 / GLEC Framework v3, default intensity values; payload-based allocation; "
    + "WTW = well-to-wheel, TTW = tank-to-wheel"

  /// The whole chain's emissions, activity and intensity.
  public struct Totals: Hashable, Sendable, Codable {
    /// Well-to-wheel, legs and hubs: the route's CO2e.
    public var wtwGrams: Grams
    /// Tank-to-wheel, when every element's TTW factor is known.
    public var ttwGrams: Grams?
    public var transportWtwGrams: Grams
    public var hubWtwGrams: Grams
    public var distanceKm: Kilometres
    /// Transport activity of the chain (payload × total distance), whole tonne-kilometres.
    public var tonneKm: Int64
    /// Whole-chain WTW intensity (hubs included), milligrams CO2e per tonne-kilometre.
    public var wtwMilligramsPerTkm: Int64?
    /// Whole-chain TTW intensity, milligrams CO2e per tonne-kilometre.
    public var ttwMilligramsPerTkm: Int64?

    public init(
      wtwGrams: Grams, ttwGrams: Grams?, transportWtwGrams: Grams, hubWtwGrams: Grams,
      distanceKm: Kilometres, tonneKm: Int64, wtwMilligramsPerTkm: Int64?, ttwMilligramsPerTkm: Int64?
    ) {
      self.wtwGrams = wtwGrams
      self.ttwGrams = ttwGrams
      self.transportWtwGrams = transportWtwGrams
      self.hubWtwGrams = hubWtwGrams
      self.distanceKm = distanceKm
      self.tonneKm = tonneKm
      self.wtwMilligramsPerTkm = wtwMilligramsPerTkm
      self.ttwMilligramsPerTkm = ttwMilligramsPerTkm
    }
  }

  public init(
    method: String = Self.defaultMethod, payloadKg: Int64, legs: [EmissionsLeg], hubs: [EmissionsHub]
  ) {
    self.method = method
    self.payloadKg = payloadKg
    self.legs = legs
    self.hubs = hubs
    let transport = legs.reduce(Grams.zero) { $0 + $1.wtwGrams }
    let hub = hubs.reduce(Grams.zero) { $0 + $1.wtwGrams }
    let distance = legs.reduce(Kilometres.zero) { $0 + $1.distanceKm }
    let ttwParts = legs.map(\.ttwGrams) + hubs.map { Optional($0.ttwGrams) }
    let ttw: Grams? =
      ttwParts.contains { $0 == nil } ? nil : ttwParts.reduce(Grams.zero) { $0 + ($1 ?? .zero) }
    // kg·km of the chain: the exact activity, divided once.
    let kilogramKilometres = payloadKg * distance.rawValue
    func perTkm(_ grams: Grams?) -> Int64? {
      guard let grams, kilogramKilometres > 0 else { return nil }
      return (grams.rawValue * 1_000_000 + kilogramKilometres / 2) / kilogramKilometres
    }
    totals = Totals(
      wtwGrams: transport + hub, ttwGrams: ttw, transportWtwGrams: transport, hubWtwGrams: hub,
      distanceKm: distance, tonneKm: Self.tonneKilometres(kilograms: payloadKg, over: distance),
      wtwMilligramsPerTkm: perTkm(transport + hub), ttwMilligramsPerTkm: perTkm(ttw))
  }

  /// `kilograms` × `distance` in whole tonne-kilometres, rounded half up.
  public static func tonneKilometres(kilograms: Int64, over distance: Kilometres) -> Int64 {
    (kilograms * distance.rawValue + 500) / 1000
  }
}
