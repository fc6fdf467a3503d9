/// Handling between two terminals (mode change, gauge change, transshipment).
public struct TransferStep: Hashable, Sendable, Codable {
  public var transfer: String
  public var kind: TransferRecord.Kind
  public var from: TerminalRef
  public var to: TerminalRef
  public var timeMinutes: Minutes
  public var costCents: Cents
}
