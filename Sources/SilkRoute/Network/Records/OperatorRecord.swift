/// A multimodal transport operator (MTO) that can issue one through bill of lading.
public struct OperatorRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var country: String
  /// ISO codes of the countries where it takes goods in charge and delivers.
  public var places: [String]
  /// It re-consigns CIM ↔ SMGS itself under its own B/L.
  public var absorbsRegimeBreaks: Bool
  public var liabilityPerKilogram: SDR?
  /// Its charge for issuing the through document, per shipment.
  public var fee: Cents
  public var originals: Int
  public var illustrative: Bool
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, places: [String], absorbsRegimeBreaks: Bool,
    liabilityPerKilogram: SDR?, fee: Cents, originals: Int = 3, illustrative: Bool, sources: [String],
    note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.places = places
    self.absorbsRegimeBreaks = absorbsRegimeBreaks
    self.liabilityPerKilogram = liabilityPerKilogram
    self.fee = fee
    self.originals = originals
    self.illustrative = illustrative
    self.sources = sources
    self.note = note
  }
}
