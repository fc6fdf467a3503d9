/// A city: its position, country, UN/LOCODE and aliases. One row of `Data/cities.csv`.
public struct CityRecord: Hashable, Sendable, Codable {
  public enum Status: String, Sendable, Codable, CaseIterable {
    /// A source names the city in a SCODA / Qingdao service.
    case confirmed
    /// Included from geography or precedent; no SCODA source names it.
    case inferred
    /// Not one of the SCODA cities: a border or gauge-change station a real corridor passes
    /// (routes go through it; city listings leave it out).
    case transit
  }
  public var id: String
  public var name: String
  /// ISO 3166-1 alpha-2.
  public var country: String
  public var latitude: Double
  public var longitude: Double
  public var locode: String
  public var aliases: [String]
  public var status: Status
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, latitude: Double, longitude: Double,
    locode: String = "", aliases: [String] = [], status: Status = .confirmed,
    sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.latitude = latitude
    self.longitude = longitude
    self.locode = locode
    self.aliases = aliases
    self.status = status
    self.sources = sources
    self.note = note
  }
}
