/// Handling between two terminals: a mode change inside a city, a gauge change (also between the
/// paired border stations), or a same-mode transshipment.
public struct TransferRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case modeChange = "mode-change"
    case gaugeChange = "gauge-change"
    case transshipment
  }
  public var id: String
  public var kind: Kind
  public var from: String
  public var to: String
  public var bidirectional: Bool
  public var time: Minutes
  public var tariff: Tariff
  public var timeSources: [String]
  public var costSources: [String]
  public var note: String
  /// When the transfer can be made.
  public var validity = Validity.always

  public init(
    id: String, kind: Kind, from: String, to: String, bidirectional: Bool, time: Minutes,
    tariff: Tariff, timeSources: [String], costSources: [String], note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.from = from
    self.to = to
    self.bidirectional = bidirectional
    self.time = time
    self.tariff = tariff
    self.timeSources = timeSources
    self.costSources = costSources
    self.note = note
  }
}
