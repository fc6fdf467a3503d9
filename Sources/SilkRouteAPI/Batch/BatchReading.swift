import Foundation

/// A batch's source shared by its workers: rows are taken one at a time, numbered in input order,
/// and the first read error stops every worker.
final class BatchReading<Source: BatchSource>: @unchecked Sendable {
  private let lock = NSLock()
  /// Guarded by `lock`.
  private var source: Source
  private var taken = 0
  private var ended = false
  private(set) var failure: (any Error)?

  init(_ source: Source) { self.source = source }

  /// The next row and its index, or nil at the end of the input or after a read error.
  func take() -> (index: Int, row: BatchRow)? {
    lock.lock()
    defer { lock.unlock() }
    guard !ended else { return nil }
    do {
      guard let row = try source.nextRow(index: taken) else {
        ended = true
        return nil
      }
      taken += 1
      return (taken - 1, row)
    } catch {
      ended = true
      failure = error
      return nil
    }
  }

  /// The read error that ended the batch, if one did.
  var error: (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    return failure
  }
}
