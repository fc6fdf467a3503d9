/// One row of `Data/emission_factors.csv`: what a transport intensity of the network is made of
/// (its energy carrier and tank-to-wheel part), or a hub's emission intensity per tonne handled.
///
/// A `transport` row describes every service of `mode` whose `co2_g_per_tkm` (well-to-wheel) is
/// `wtwIntensity`: its energy carrier and its tank-to-wheel intensity. A `hub` row gives the
/// well-to-wheel and tank-to-wheel emissions per tonne handled at a terminal of `mode`
/// (transshipment at a port, rail terminal or airport; ISO 14083 hub operation).
public struct EmissionFactorRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case transport, hub
  }
  /// The row's id (`rail-electric`, `hub-sea`).
  public var id: String
  public var kind: Kind
  public var mode: Mode
  /// `transport`: the services' well-to-wheel intensity this row describes; nil for a hub.
  public var wtwIntensity: GramsPerTonneKilometre?
  /// `transport`: the energy carrier (`diesel`, `electricity`, `marine-diesel`, `jet-kerosene`,
  /// `mixed`); empty for a hub.
  public var energy: String
  /// `transport`: tank-to-wheel intensity (direct emissions of the vehicle); nil for a hub.
  public var ttwIntensity: GramsPerTonneKilometre?
  /// `hub`: well-to-wheel emissions per tonne handled; nil for a transport row.
  public var hubWTW: GramsPerTonne?
  /// `hub`: tank-to-wheel (direct) emissions per tonne handled; nil for a transport row.
  public var hubTTW: GramsPerTonne?
  public var sources: [String]
  public var note: String

  public init(
    id: String, kind: Kind, mode: Mode, wtwIntensity: GramsPerTonneKilometre? = nil, energy: String = "",
    ttwIntensity: GramsPerTonneKilometre? = nil, hubWTW: GramsPerTonne? = nil, hubTTW: GramsPerTonne? = nil,
    sources: [String], note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.mode = mode
    self.wtwIntensity = wtwIntensity
    self.energy = energy
    self.ttwIntensity = ttwIntensity
    self.hubWTW = hubWTW
    self.hubTTW = hubTTW
    self.sources = sources
    self.note = note
  }

  /// What the row describes, as a key: `rail 18 g/tkm` or `hub sea`.
  public var key: String {
    switch kind {
    case .transport: "\(mode.rawValue) \(wtwIntensity?.rawValue ?? 0) g/tkm"
    case .hub: "hub \(mode.rawValue)"
    }
  }
}
