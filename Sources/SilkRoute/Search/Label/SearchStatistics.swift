/// What a label search did: the counts the multi-objective search literature compares
/// algorithms by (BOA*'s expansions are `labelsExpanded`; its generated nodes, `labelsMade`).
public struct SearchStatistics: Hashable, Sendable {
  /// Labels settled (taken from the queue and not dominated), targets included.
  public var labelsSettled = 0
  /// Labels settled and expanded: those settled at a target are not.
  public var labelsExpanded = 0
  /// Labels queued (made along an arc and not dominated when made).
  public var labelsMade = 0
  /// The most labels held at once (settled and queued; the slots of discarded ones are reused).
  public var labelsHeld = 0

  public init() {}
}
