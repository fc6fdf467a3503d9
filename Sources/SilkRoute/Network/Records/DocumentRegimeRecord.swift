/// What a document regime means for a route: liability, transit, the price of starting one.
public struct DocumentRegimeRecord: Hashable, Sendable, Codable {
  public var regime: DocumentRegime
  public var name: String
  public var convention: String
  /// Whether the document also serves as a customs transit document (TIR carnet, SMGS).
  public var isTransitDocument: Bool
  public var liabilityPerKilogram: SDR?
  public var liabilityPerPackage: SDR?
  /// Cost and time of starting a new document of this regime in mid-route (re-consignment,
  /// a new booking and declaration).
  public var newDocumentCost: Cents
  public var newDocumentTime: Minutes
  public var sources: [String]
  public var note: String

  public init(
    regime: DocumentRegime, name: String, convention: String, isTransitDocument: Bool,
    liabilityPerKilogram: SDR?, liabilityPerPackage: SDR?, newDocumentCost: Cents, newDocumentTime: Minutes,
    sources: [String], note: String = ""
  ) {
    self.regime = regime
    self.name = name
    self.convention = convention
    self.isTransitDocument = isTransitDocument
    self.liabilityPerKilogram = liabilityPerKilogram
    self.liabilityPerPackage = liabilityPerPackage
    self.newDocumentCost = newDocumentCost
    self.newDocumentTime = newDocumentTime
    self.sources = sources
    self.note = note
  }
}
