/// A transport offer between two terminals of one mode (one or both directions).
public struct ServiceRecord: Hashable, Sendable, Codable {
  public var id: String
  public var mode: Mode
  public var carrier: String
  public var from: String
  public var to: String
  public var bidirectional: Bool
  public var distance: Kilometres
  public var transit: Minutes
  public var tariff: Tariff
  public var co2Intensity: GramsPerTonneKilometre
  public var cargoClasses: CargoClassSet
  /// Straits and canals a sea service passes (`suez`, `malacca`, `cape`…).
  public var passages: [String]
  /// The document the leg travels under when booked on its own.
  public var document: DocumentRegime
  /// ISO date the tariff was observed / is valid from; empty if unknown.
  public var tariffDate: String
  /// A market index's change from `tariffDate` to the dataset's tariff period, in ten-thousandths
  /// (`13500` = ×1.35): the rates above are as published, the network charges them × this
  /// factor. Nil: the rates are of the period already.
  public var indexFactor: Int64?
  /// The index publications the factor is taken from.
  public var indexSources: [String] = []
  /// When the service runs.
  public var validity = Validity.always
  public var distanceSources: [String]
  public var timeSources: [String]
  public var tariffSources: [String]
  public var co2Sources: [String]
  public var note: String

  public init(
    id: String, mode: Mode, carrier: String, from: String, to: String, bidirectional: Bool,
    distance: Kilometres, transit: Minutes, tariff: Tariff, co2Intensity: GramsPerTonneKilometre,
    cargoClasses: CargoClassSet = [CargoClassSet(.general)], passages: [String] = [],
    document: DocumentRegime? = nil, tariffDate: String = "", distanceSources: [String],
    timeSources: [String],
    tariffSources: [String], co2Sources: [String], note: String = ""
  ) {
    self.id = id
    self.mode = mode
    self.carrier = carrier
    self.from = from
    self.to = to
    self.bidirectional = bidirectional
    self.distance = distance
    self.transit = transit
    self.tariff = tariff
    self.co2Intensity = co2Intensity
    self.cargoClasses = cargoClasses
    self.passages = passages
    self.document = document ?? .default(for: mode)
    self.tariffDate = tariffDate
    self.distanceSources = distanceSources
    self.timeSources = timeSources
    self.tariffSources = tariffSources
    self.co2Sources = co2Sources
    self.note = note
  }
}
