import Testing

@testable import SilkRoute

/// The label queue against a sort, on seeded random entries.
@Suite struct LabelQueueTests {
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
}
