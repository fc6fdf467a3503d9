/// A route offered beside the best one, with what sets it apart.
public struct AlternativeRoute: Hashable, Sendable, Codable {
  public var rank: Int
  public var itinerary: Itinerary
  /// What distinguishes it from the best route ("via Khorgos–Altynkol instead of
  /// Alashankou–Dostyk; +1.2 days, −USD 310.00").
  public var distinction: String
}
