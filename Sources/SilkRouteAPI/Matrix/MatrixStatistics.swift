import Synchronization

/// What a service's matrices have done so far, shared by the copies of one `BookingService`.
final class MatrixStatistics: Sendable {
  /// Cells computed (answered with a route or an error), counted as each finishes.
  let cellsAnswered = Atomic<Int>(0)
  /// Batch rows computed (answered with a route or an error), counted as each finishes.
  let batchRowsAnswered = Atomic<Int>(0)
  init() {}
}
