/// How a matrix run ended: the cells answered (with a route or with their error) and whether it
/// stopped early because it was cancelled.
public struct MatrixOutcome: Hashable, Sendable {
  /// Cells handed to the caller.
  public var cells: Int
  /// Of them, those whose request failed (no route, search too large, over budget).
  public var failed: Int
  /// The run was cancelled: the cells not handed over were not computed.
  public var cancelled: Bool
}
