import Foundation
import SilkRoute

/// How far a matrix's cells may run ahead of the client reading them: at most `size` encoded cells
/// wait to be written, and a worker with the next one waits for room (checking its cancellation
/// every 50 ms), so a slow client holds the matrix back instead of filling the server's memory.
/// (Not a `DispatchSemaphore`: libdispatch traps when one is freed below its initial count, as
/// this one is when a client leaves with cells unwritten.)
final class MatrixWindow: Sendable {
  private let condition = NSCondition()
  /// Guarded by `condition`.
  private nonisolated(unsafe) var room: Int

  init(size: Int) { room = size }

  /// Waits for room for one more cell; false when the matrix was cancelled meanwhile.
  func reserve(unless cancellation: SearchCancellation) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while room == 0 {
      if cancellation.isCancelled { return false }
      _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
    }
    room -= 1
    return true
  }

  /// One cell was written: room for another.
  func release() {
    condition.lock()
    room += 1
    condition.signal()
    condition.unlock()
  }
}
