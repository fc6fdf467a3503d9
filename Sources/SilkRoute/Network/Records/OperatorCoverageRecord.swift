/// What an operator can contract: every service of a carrier, or one service.
public struct OperatorCoverageRecord: Hashable, Sendable, Codable {
  public var operatorID: String
  /// A carrier id (all its services), or empty.
  public var carrier: String
  /// A service id, or empty.
  public var service: String
  public var sources: [String]
  public var note: String

  public init(
    operatorID: String, carrier: String = "", service: String = "", sources: [String], note: String = ""
  ) {
    self.operatorID = operatorID
    self.carrier = carrier
    self.service = service
    self.sources = sources
    self.note = note
  }
}
