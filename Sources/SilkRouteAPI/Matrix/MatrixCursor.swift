import Synchronization

/// The next cell of a matrix run, taken by the workers one at a time (so cells start in the
/// plan's order), and how many failed.
final class MatrixCursor: Sendable {
  private let next = Atomic<Int>(0)
  let failed = Atomic<Int>(0)
  let handed = Atomic<Int>(0)

  /// The index of the next cell to compute.
  func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
}
