/// Handling between two terminals (mode change, gauge change, transshipment).
public struct TransferStep: Hashable, Sendable, Codable {
  public var transfer: String
  public var kind: TransferRecord.Kind
  public var from: TerminalRef
  public var to: TerminalRef
  public var timeMinutes: Minutes
  public var costCents: Cents
  /// The hub operation's well-to-wheel CO2e (`emission_factors.csv`): part of the route's CO2.
  public var co2Grams: Grams
}
