import Testing

@testable import SilkRoute

/// The truncated settled lists and the groups' recent and mature lists against their definition:
/// a scan of every vector added, on seeded random sequences that arrive as a search's do
/// (nondecreasing in the first dominance dimension) and probes compared as a search compares them.
@Suite struct LabelWorkspaceTests {
  static let dimensionSets: [[CriteriaVector.Dimension]] = [
    [.cost, .time, .co2], [.time, .cost, .co2], [.cost, .time, .co2, .documents], [.cost],
  ]

  /// A random vector at least `floor` in `first`, the rest in `range`.
  static func vector(
    first: CriteriaVector.Dimension, floor: Int64, range: ClosedRange<Int64>, using rng: inout SplitMix64
  ) -> CriteriaVector {
    var values = (0..<6).map { _ in Int64.random(in: range, using: &rng) }
    values[first.rawValue] = floor + Int64.random(in: 0...2, using: &rng)
    return CriteriaVector(
      cost: values[0], time: values[1], co2: values[2], legs: values[3], transfers: values[4],
      documents: values[5])
  }

  /// The search's dominance mask, the mask of all but the first dimension, and the first.
  static func masks(
    _ dimensions: [CriteriaVector.Dimension]
  ) -> (DominanceMask, DominanceMask, CriteriaVector.Dimension) {
    (DominanceMask(dimensions), DominanceMask(Array(dimensions.dropFirst())), dimensions[0])
  }

  /// Small criteria (ties everywhere) on even seeds, spread ones on odd.
  static func range(_ seed: UInt64) -> ClosedRange<Int64> { seed % 2 == 0 ? 0...4 : 0...1_000 }

  @Test(arguments: dimensionSets)
  func truncatedSettledListAnswersAsEveryLabelSettled(dimensions: [CriteriaVector.Dimension]) {
    let (mask, rest, first) = Self.masks(dimensions)
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      let range = Self.range(seed)
      var workspace = LabelWorkspace()
      workspace.prepare(stateCount: 2, terminalCount: 1)
      var settled: [[CriteriaVector]] = [[], []]
      var floor: [Int64] = [0, 0]
      for _ in 0..<Int.random(in: 1...80, using: &rng) {
        let state = Int.random(in: 0...1, using: &rng)
        let added = Self.vector(first: first, floor: floor[state], range: range, using: &rng)
        floor[state] = added[first]
        workspace.settle(state, added, truncating: rest)
        settled[state].append(added)
        let probe = Self.vector(first: first, floor: floor[state], range: range, using: &rng)
        let expected = settled[state].contains { mask.dominates($0, probe) }
        #expect(
          workspace.settledDominates(state, probe, mask: mask) == expected,
          "seed \(seed) \(dimensions): probe \(probe)")
      }
    }
  }

  @Test(arguments: dimensionSets)
  func groupAnswersAsEveryLabelAddedWithinItsWindow(dimensions: [CriteriaVector.Dimension]) {
    let (mask, rest, first) = Self.masks(dimensions)
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      let range = Self.range(seed)
      let window = Int64.random(in: 0...(seed % 2 == 0 ? 3 : 40), using: &rng)
      var workspace = LabelWorkspace()
      workspace.prepare(stateCount: 1, terminalCount: 1)
      workspace.prepareGroups(count: 2)
      var added: [CriteriaVector] = []
      var newest: Int64 = 0
      for _ in 0..<Int.random(in: 1...80, using: &rng) {
        let vector = Self.vector(first: first, floor: newest, range: range, using: &rng)
        newest = vector[first]
        workspace.appendToGroup(1, vector, first: first, window: window, rest: rest)
        added.append(vector)
        // Compared at no less than the newest minus the window, as a charged label is.
        let probe = Self.vector(first: first, floor: newest - window, range: range, using: &rng)
        let expected = added.contains { mask.dominates($0, probe) }
        #expect(
          workspace.groupDominates(1, probe, mask: mask, rest: rest) == expected,
          "seed \(seed) \(dimensions) window \(window): probe \(probe)")
        #expect(!workspace.groupDominates(0, probe, mask: mask, rest: rest), "seed \(seed): group 0 is empty")
      }
    }
  }
}
