/// A facility of one mode in a city: a graph node.
public struct TerminalRecord: Hashable, Sendable, Codable {
  public var id: String
  public var city: String
  public var mode: Mode
  public var name: String
  /// Rail terminals only.
  public var gauge: Gauge?
  public var sources: [String]
  public var note: String

  public init(
    id: String, city: String, mode: Mode, name: String, gauge: Gauge? = nil, sources: [String],
    note: String = ""
  ) {
    self.id = id
    self.city = city
    self.mode = mode
    self.name = name
    self.gauge = gauge
    self.sources = sources
    self.note = note
  }
}
