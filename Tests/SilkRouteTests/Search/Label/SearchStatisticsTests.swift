import Testing

@testable import SilkRoute

/// The label search's counts agree with what it answered, on seeded random Pareto cases.
@Suite struct SearchStatisticsTests {
  @Test func countsAgreeWithTheFrontFound() throws {
    var made = 0
    var held = 0
    var compared = 0
    for seed in UInt64(0)..<300 {
      let random = try RandomParetoCase(
        seed: seed, documents: seed % 2 == 0, timed: false, constrained: false)
      guard let set = try? random.planner.paretoSet(random.query, criteria: random.criteria) else { continue }
      let statistics = set.statistics
      let context = "seed \(seed): \(statistics)"
      // Each route is a target label settled; every other label settled was expanded.
      #expect(statistics.labelsSettled - statistics.labelsExpanded >= set.routes.count, "\(context)")
      #expect(statistics.labelsExpanded >= 1, "\(context)")
      #expect(statistics.labelsSettled <= statistics.labelsMade, "\(context)")
      #expect(
        statistics.labelsHeld <= statistics.labelsMade && statistics.labelsHeld >= statistics.labelsSettled,
        "\(context)")
      made += statistics.labelsMade
      held += statistics.labelsHeld
      compared += 1
    }
    #expect(compared > 80)
    // Labels discarded when they leave the queue give their slots to the next ones made.
    #expect(held < made, "held \(held) of \(made) made")
  }
}
