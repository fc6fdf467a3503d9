import Foundation
import SilkRoute

/// Puts a batch's results back in input order as its workers finish them, and keeps the workers
/// at most `window` rows ahead of the next row to hand over, so a slow row (or a slow reader of
/// the results) holds the batch back instead of filling memory. Results are handed over one at
/// a time, under the lock, in order.
final class BatchOrder: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  /// Guarded by `condition`: the index of the next result to hand over, and those that wait.
  private var next = 0
  private var waiting: [Int: BatchResult] = [:]
  private(set) var handed = 0
  private(set) var failed = 0

  init(window: Int) { self.window = max(1, window) }

  /// Waits until row `index` is within the window; false when the batch was cancelled meanwhile.
  func waitForTurn(_ index: Int, unless cancellation: SearchCancellation) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while index >= next + window {
      if cancellation.isCancelled { return false }
      _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
    }
    return !cancellation.isCancelled
  }

  /// Files `result`, then hands over every result now in order to `emit`.
  func deliver(_ result: BatchResult, to emit: (BatchResult) -> Void) {
    condition.lock()
    defer { condition.unlock() }
    waiting[result.index] = result
    while let ready = waiting.removeValue(forKey: next) {
      emit(ready)
      handed += 1
      if case .failure = ready.result { failed += 1 }
      next += 1
    }
    condition.broadcast()
  }

  /// Results handed over and how many of them failed.
  var counts: (handed: Int, failed: Int) {
    condition.lock()
    defer { condition.unlock() }
    return (handed, failed)
  }
}
