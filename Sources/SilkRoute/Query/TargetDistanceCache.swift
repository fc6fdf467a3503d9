import Synchronization

/// Distances to a set of targets, per criterion, on one set of kernel graphs: the lower bounds of
/// the last queries, kept so that the next query to the same destination skips its reverse
/// one-to-all search. Bounded by memory: at most about 4 million distances (32 MB) are kept, the
/// oldest going first.
final class TargetDistanceCache: Sendable {
  private struct Key: Hashable {
    var criterion: Criterion
    var targets: [TerminalID]
  }

  private struct State {
    var entries: [Key: [Int64]] = [:]
    /// Keys from oldest to newest.
    var order: [Key] = []
  }

  private let state = Mutex(State())
  let capacity: Int

  init(nodeCount: Int) {
    capacity = min(256, max(4, 4_000_000 / max(nodeCount, 1)))
  }

  /// The distances to `targets` in `criterion`, computed by `compute` when they are not kept.
  func distances(_ criterion: Criterion, to targets: [TerminalID], _ compute: () -> [Int64]) -> [Int64] {
    let key = Key(criterion: criterion, targets: targets)
    if let known = state.withLock({ $0.entries[key] }) { return known }
    let computed = compute()
    state.withLock { state in
      guard state.entries[key] == nil else { return }
      if state.entries.count >= capacity, !state.order.isEmpty {
        state.entries[state.order.removeFirst()] = nil
      }
      state.entries[key] = computed
      state.order.append(key)
    }
    return computed
  }
}
