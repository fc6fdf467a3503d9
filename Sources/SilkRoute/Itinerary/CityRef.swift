public struct CityRef: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var country: String
}
