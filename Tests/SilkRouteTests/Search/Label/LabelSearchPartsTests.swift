import Testing

@testable import SilkRoute

/// The label search's building blocks against their definitions, on seeded random input: the
/// queue against a sort, the staircase against a scan of every point inserted, the dominance
/// mask against a comparison per dimension.
@Suite struct LabelSearchPartsTests {
  static func randomVector(_ rng: inout SplitMix64, range: ClosedRange<Int64>) -> CriteriaVector {
    CriteriaVector(
      cost: .random(in: range, using: &rng), time: .random(in: range, using: &rng),
      co2: .random(in: range, using: &rng), legs: .random(in: range, using: &rng),
      transfers: .random(in: range, using: &rng), documents: .random(in: range, using: &rng))
  }

  @Test func queuePopsInSortedOrder() {
    for seed in UInt64(0)..<200 {
      var rng = SplitMix64(seed: seed)
      var queue = LabelQueue()
      var expected: [LabelSearch.QueueEntry] = []
      // Small key ranges so that ties reach the later tuple elements and the label.
      let range: ClosedRange<Int64> = seed % 2 == 0 ? 0...3 : 0...1_000_000
      for _ in 0..<Int.random(in: 1...300, using: &rng) {
        if Bool.random(using: &rng) || expected.isEmpty {
          let entry = LabelSearch.QueueEntry(
            key: (
              .random(in: range, using: &rng), .random(in: range, using: &rng),
              .random(in: range, using: &rng),
              .random(in: range, using: &rng), .random(in: range, using: &rng),
              .random(in: range, using: &rng)
            ),
            label: LabelSearch.LabelID(rawValue: .random(in: 0...5, using: &rng)))
          queue.insert(entry)
          expected.append(entry)
        } else {
          expected.sort()
          let least = expected.removeFirst()
          #expect(queue.popMin() == least, "seed \(seed)")
        }
      }
      expected.sort()
      for entry in expected { #expect(queue.popMin() == entry, "seed \(seed)") }
      #expect(queue.popMin() == nil, "seed \(seed)")
    }
  }

  @Test func staircaseCoversExactlyWhatSomeInsertedPointDominates() {
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      var staircase = Staircase()
      var points: [(Int64, Int64)] = []
      let range: ClosedRange<Int64> = seed % 3 == 0 ? 0...5 : 0...1_000
      for _ in 0..<Int.random(in: 1...120, using: &rng) {
        let point = (Int64.random(in: range, using: &rng), Int64.random(in: range, using: &rng))
        staircase.insert(point.0, point.1)
        points.append(point)
        let probe = (Int64.random(in: range, using: &rng), Int64.random(in: range, using: &rng))
        let expected = points.contains { $0.0 <= probe.0 && $0.1 <= probe.1 }
        #expect(staircase.covers(probe.0, probe.1) == expected, "seed \(seed) probe \(probe)")
        for known in points { #expect(staircase.covers(known.0, known.1), "seed \(seed) \(known)") }
      }
      // Sorted by x ascending with y strictly descending, and no point dominated by another.
      #expect(zip(staircase.x, staircase.x.dropFirst()).allSatisfy { $0 < $1 }, "seed \(seed)")
      #expect(zip(staircase.y, staircase.y.dropFirst()).allSatisfy { $0 > $1 }, "seed \(seed)")
    }
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
