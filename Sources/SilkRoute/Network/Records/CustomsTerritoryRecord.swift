/// A customs territory (the EAEU and the EU each count as one); entering it by sea or air costs
/// its entry clearance.
public struct CustomsTerritoryRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var entryClearance: Minutes
  public var entryClearanceCost: Cents
  /// Clearance when goods only pass through under a transit regime (TIR, SMGS); nil = as entry.
  public var transitClearance: Minutes?
  public var transitClearanceCost: Cents?
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, entryClearance: Minutes, entryClearanceCost: Cents,
    transitClearance: Minutes? = nil, transitClearanceCost: Cents? = nil, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.entryClearance = entryClearance
    self.entryClearanceCost = entryClearanceCost
    self.transitClearance = transitClearance
    self.transitClearanceCost = transitClearanceCost
    self.sources = sources
    self.note = note
  }
}
