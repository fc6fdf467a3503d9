/// A city as an itinerary names it: id, name and country.
public struct CityRef: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var country: String
}
