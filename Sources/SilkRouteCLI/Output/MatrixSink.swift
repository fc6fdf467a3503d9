import Foundation
import Synchronization

/// Where `silkroute matrix` writes its cells from the threads that compute them: stdout, one
/// cell's text at a time, and the progress bar (when there is one) after each.
final class MatrixSink: Sendable {
  private struct State {
    var written = 0
    var failure: (any Error)?
  }

  private let state = Mutex(State())
  private let total: Int
  private nonisolated(unsafe) let progress: ProgressLine?

  init(total: Int, progress: ProgressLine?) {
    self.total = total
    self.progress = progress
  }

  /// Writes `text` to stdout; with `counting`, as one more cell written.
  func write(_ text: String, counting: Bool = false) throws {
    try state.withLock { state in
      if let failure = state.failure { throw failure }
      try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
      guard counting else { return }
      state.written += 1
      progress?.show(
        "matrix: \(state.written) of \(total) cells", fraction: Double(state.written) / Double(max(1, total)))
    }
  }

  /// Records the first failure: later writes throw it.
  func fail(_ error: any Error) {
    state.withLock { state in
      if state.failure == nil { state.failure = error }
    }
  }

  /// - Throws: the first failure, if any.
  func check() throws {
    if let failure = state.withLock({ $0.failure }) { throw failure }
  }
}
