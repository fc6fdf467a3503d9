/// How a batch run ended: the rows answered (with a route or with their error), and whether it
/// stopped early because it was cancelled.
public struct BatchOutcome: Hashable, Sendable {
  /// Rows handed to the caller, in order.
  public var rows: Int
  /// Of them, those without an answer (unreadable, bad field, no route, over budget).
  public var failed: Int
  /// The run was cancelled: the rows after the last one handed over were not all computed.
  public var cancelled: Bool

  public init(rows: Int, failed: Int, cancelled: Bool) {
    self.rows = rows
    self.failed = failed
    self.cancelled = cancelled
  }
}
