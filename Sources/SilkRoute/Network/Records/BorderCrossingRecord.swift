/// A land crossing between customs territories; applies in both directions to every arc between
/// its two cities.
public struct BorderCrossingRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var fromCity: String
  public var toCity: String
  public var clearance: Minutes
  public var clearanceCost: Cents
  public var sources: [String]
  public var note: String
  /// When the crossing is open.
  public var validity = Validity.always

  public init(
    id: String, name: String, fromCity: String, toCity: String, clearance: Minutes,
    clearanceCost: Cents, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.fromCity = fromCity
    self.toCity = toCity
    self.clearance = clearance
    self.clearanceCost = clearanceCost
    self.sources = sources
    self.note = note
  }
}
