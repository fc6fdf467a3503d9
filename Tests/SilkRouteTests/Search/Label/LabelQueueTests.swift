import Testing

@testable import SilkRoute

/// The label queue against a sort, on seeded random entries inserted as a label search inserts
/// them: never below the last key removed.
@Suite struct LabelQueueTests {
  typealias Key = LabelSearch.QueueEntry.Key

  /// A key at least `floor`: each criterion from the first that differs is raised by a random
  /// amount (small ranges make ties reach the later criteria).
  static func key(atLeast floor: Key, range: ClosedRange<Int64>, using rng: inout SplitMix64) -> Key {
    var values = [floor.0, floor.1, floor.2, floor.3]
    let from = Int.random(in: 0...4, using: &rng)
    if from < 4 {
      values[from] += Int64.random(in: 1...range.upperBound, using: &rng)
      for index in (from + 1)..<4 { values[index] = .random(in: range, using: &rng) }
    }
    return (values[0], values[1], values[2], values[3])
  }

  @Test func queuePopsInKeyOrder() {
    for seed in UInt64(0)..<200 {
      var rng = SplitMix64(seed: seed)
      var queue = LabelQueue()
      var expected: [LabelSearch.QueueEntry] = []
      var last: Key = (0, 0, 0, 0)
      let range: ClosedRange<Int64> = seed % 2 == 0 ? 0...3 : 0...1_000_000
      for index in 0..<Int.random(in: 1...400, using: &rng) {
        if Bool.random(using: &rng) || expected.isEmpty {
          let entry = LabelSearch.QueueEntry(
            key: Self.key(atLeast: last, range: range, using: &rng), label: LabelSearch.LabelID(index),
            state: Int32(index))
          queue.insert(entry)
          expected.append(entry)
        } else {
          let popped = queue.popMin()
          expected.sort()
          #expect(
            popped.map { $0.key == expected[0].key } == true, "seed \(seed): \(String(describing: popped))")
          if let popped, let at = expected.firstIndex(where: { $0.label == popped.label }) {
            #expect(expected[at].state == popped.state, "seed \(seed)")
            expected.remove(at: at)
            last = popped.key
          }
        }
        #expect(queue.count == expected.count, "seed \(seed)")
      }
      expected.sort()
      for entry in expected {
        let popped = queue.popMin()
        #expect(popped.map { $0.key == entry.key } == true, "seed \(seed)")
      }
      #expect(queue.popMin() == nil, "seed \(seed)")
      // Emptied and reused: a new search starts from key zero again.
      queue.removeAll()
      queue.insert(LabelSearch.QueueEntry(key: (0, 0, 0, 0), label: LabelSearch.LabelID(0), state: 0))
      #expect(queue.popMin().map { $0.key == (0, 0, 0, 0) } == true, "seed \(seed)")
    }
  }

  /// The bucket of a key is that of its first criterion differing from the last key removed, at
  /// that criterion's highest differing bit.
  @Test func bucketsFollowTheHighestDifferingBit() {
    #expect(LabelQueue.bucket(of: (5, 1, 1, 1), after: (5, 1, 1, 1)) == 0)
    #expect(LabelQueue.bucket(of: (5, 1, 1, 2), after: (5, 1, 1, 1)) == 2)
    #expect(LabelQueue.bucket(of: (5, 1, 2, 0), after: (5, 1, 1, 9)) == 66)
    #expect(LabelQueue.bucket(of: (5, 9, 0, 0), after: (5, 1, 1, 9)) == 129 + 3)
    #expect(LabelQueue.bucket(of: (6, 0, 0, 0), after: (5, 1, 1, 9)) == 193 + 1)
    #expect(LabelQueue.bucket(of: (.max, 0, 0, 0), after: (0, 0, 0, 0)) == 255)
    // Below the last key (never in a label search): treated as equal, not lost.
    #expect(LabelQueue.bucket(of: (4, 0, 0, 0), after: (5, 0, 0, 0)) == 0)
  }
}
