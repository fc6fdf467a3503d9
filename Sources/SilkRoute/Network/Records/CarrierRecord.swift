/// A carrier: a railway, shipping line, airline, trucking company or operator. One row of
/// `Data/carriers.csv`.
public struct CarrierRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case railway
    case shippingLine = "shipping-line"
    case airline, trucking, `operator`
  }
  public var id: String
  public var name: String
  public var country: String
  public var kind: Kind
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, kind: Kind, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.kind = kind
    self.sources = sources
    self.note = note
  }
}
