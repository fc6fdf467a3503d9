/// A country and the customs territory it belongs to. One row of `Data/countries.csv`.
public struct CountryRecord: Hashable, Sendable, Codable {
  /// ISO 3166-1 alpha-2, upper case.
  public var code: String
  public var name: String
  public var customsTerritory: String
  public var sources: [String]
  public var note: String

  public init(
    code: String, name: String, customsTerritory: String, sources: [String], note: String = ""
  ) {
    self.code = code
    self.name = name
    self.customsTerritory = customsTerritory
    self.sources = sources
    self.note = note
  }
}
