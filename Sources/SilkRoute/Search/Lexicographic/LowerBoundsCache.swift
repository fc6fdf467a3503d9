import Synchronization

/// Lower bounds per set of bounded criteria (cost, time, CO2: eight sets), shared by the copies of
/// one query graph and filled on first use.
final class LowerBoundsCache: Sendable {
  private let entries = Mutex<[LowerBounds?]>(Array(repeating: nil, count: 8))

  func bounds(for criteria: [Criterion], _ compute: () -> LowerBounds) -> LowerBounds {
    var key = 0
    for criterion in criteria {
      switch criterion {
      case .cost: key |= 1
      case .time: key |= 2
      case .co2: key |= 4
      case .documents: break
      }
    }
    if let known = entries.withLock({ $0[key] }) { return known }
    let computed = compute()
    entries.withLock { $0[key] = computed }
    return computed
  }
}
