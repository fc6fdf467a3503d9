/// What one answer may spend: wall-clock time for all of its searches, and labels per label
/// search (which bounds its memory: a label costs about 190 bytes with its queue entry and settled
/// copy, twice that while its arrays grow).
public struct SearchLimits: Hashable, Sendable {
  /// Wall-clock time for the whole answer (every search it runs, its diagnosis of a missing route
  /// included); nil: no limit.
  public var time: Duration?
  /// Labels one label search may create before it stops with `RoutingError.searchTooLarge`.
  public var labels: Int

  /// The label limit of a search without a budget.
  public static let defaultLabels = 2_000_000

  public init(time: Duration? = nil, labels: Int = SearchLimits.defaultLabels) {
    self.time = time
    self.labels = labels
  }
}
