import Testing

@testable import SilkRoute

/// The dominance mask against a comparison per dimension, on seeded random vectors. (The queue's
/// and the staircase's tests are `LabelQueueTests` and `StaircaseTests`.)
@Suite struct DominanceMaskTests {
  static func randomVector(_ rng: inout SplitMix64, range: ClosedRange<Int64>) -> CriteriaVector {
    CriteriaVector(
      cost: .random(in: range, using: &rng), time: .random(in: range, using: &rng),
      co2: .random(in: range, using: &rng), legs: .random(in: range, using: &rng),
      transfers: .random(in: range, using: &rng), documents: .random(in: range, using: &rng))
  }

  @Test func dominanceMaskComparesOnlyItsDimensions() {
    let all = CriteriaVector.Dimension.allCases
    for seed in UInt64(0)..<2_000 {
      var rng = SplitMix64(seed: seed)
      let dimensions = all.filter { _ in Bool.random(using: &rng) }
      let range: ClosedRange<Int64> = seed % 2 == 0 ? 0...2 : -1_000_000_000...1_000_000_000_000
      let a = Self.randomVector(&rng, range: range)
      let b = Self.randomVector(&rng, range: range)
      let expected = dimensions.allSatisfy { a[$0] <= b[$0] }
      #expect(DominanceMask(dimensions).dominates(a, b) == expected, "seed \(seed) \(dimensions)")
    }
  }
}
