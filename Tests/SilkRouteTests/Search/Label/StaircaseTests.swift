import Testing

@testable import SilkRoute

/// The staircase against a scan of every point inserted, on seeded random points.
@Suite struct StaircaseTests {
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
}
