/// A terminal as an itinerary names it, with its mode, gauge and city.
public struct TerminalRef: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var mode: Mode
  /// Rail terminals only.
  public var gaugeMm: Int?
  public var city: CityRef
}
