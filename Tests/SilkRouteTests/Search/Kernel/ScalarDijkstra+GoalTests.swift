import Testing

@testable import SilkRoute

/// The goal-directed search (A* with landmark potentials) against Bellman–Ford on the random
/// graphs of `ScalarDijkstraTests` (parallel arcs, self-loops, zero weights, weights near 2³²,
/// unreachable nodes).
@Suite struct ScalarDijkstraGoalTests {
  typealias RandomGraph = ScalarDijkstraTests.RandomGraph

  /// The same graph with every arc turned round.
  static func reversed(_ random: RandomGraph) -> RandomGraph {
    var reversed = random
    reversed.tails = random.heads
    reversed.heads = random.tails
    return reversed
  }

  /// One-to-one distances and paths equal Bellman–Ford on 1,000 seeded random graphs, for 1, 2, 4
  /// and 7 landmarks (7: more than a query uses, so the active ones are chosen), two node orders and both distance widths; stopping after ties, every node on a
  /// shortest path to a nearest target holds its exact distance.
  @Test func matchesBellmanFordOnRandomGraphs() throws {
    var found = 0
    var tieNodes = 0
    for seed in UInt64(0)..<1000 {
      let random = RandomGraph(seed: seed)
      let reverse = Self.reversed(random)
      var rng = SplitMix64(seed: seed ^ 0x60A1)
      let sources = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        Int.random(in: 0..<random.nodeCount, using: &rng)
      }
      let targets = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        Int.random(in: 0..<random.nodeCount, using: &rng)
      }
      let fromSources = random.reference(from: sources)
      let toTargets = reverse.reference(from: targets)
      let nearest = targets.compactMap { fromSources[$0] }.min()
      for order in [NodeOrder.identity, .hilbert(latitudes: random.latitudes, longitudes: random.longitudes)]
      {
        let graph = ScalarGraph(
          nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights,
          order: order)
        let reverseGraph = ScalarGraph(
          nodeCount: random.nodeCount, tails: reverse.tails, heads: reverse.heads, weights: reverse.weights,
          order: order)
        for count in [1, 2, 4, 7] {
          let landmarks = Landmarks(forward: graph, reverse: reverseGraph, count: count)
          for width in [ScalarDijkstra.DistanceWidth.narrowWhenSafe, .wide] {
            let label = "seed \(seed) \(order) \(count) landmarks \(width)"
            let search = ScalarDijkstra(graph: graph, distances: width)
            // Twice on one query object: the second query must not see the first's potentials.
            for stop in [ScalarDijkstra.Stop.atTarget, .afterTies] {
              let reached = search.shortestPath(from: sources, to: targets, stop: stop, landmarks: landmarks)
              #expect(reached?.distance == nearest, "\(label) \(stop)")
              guard let reached else { continue }
              found += 1
              #expect(targets.contains(reached.node), "\(label): not a target")
              ScalarDijkstraTests().checkPath(
                search.arcs(to: reached.node), from: sources, to: reached.node, length: reached.distance,
                random, label, shortestParallel: true)
              guard stop == .afterTies, let nearest else { continue }
              for node in 0..<random.nodeCount {
                guard let distance = fromSources[node], let rest = toTargets[node], distance + rest == nearest
                else { continue }
                tieNodes += 1
                #expect(search.distance(to: node) == distance, "\(label): node \(node) on a shortest path")
              }
            }
          }
        }
      }
    }
    #expect(found > 5_000)
    #expect(tieNodes > 5_000)
  }

  /// Each potential is a lower bound on the distance to the nearest target, and consistent: it
  /// falls by at most an arc's weight along the arc.
  @Test func potentialsAreAdmissibleAndConsistent() {
    for seed in UInt64(0)..<300 {
      let random = RandomGraph(seed: seed)
      let reverse = Self.reversed(random)
      var rng = SplitMix64(seed: seed ^ 0xB0B)
      let targets = (0..<Int.random(in: 1...2, using: &rng)).map { _ in
        Int.random(in: 0..<random.nodeCount, using: &rng)
      }
      let toTargets = reverse.reference(from: targets)
      let graph = ScalarGraph(
        nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights)
      let reverseGraph = ScalarGraph(
        nodeCount: random.nodeCount, tails: reverse.tails, heads: reverse.heads, weights: reverse.weights)
      let landmarks = Landmarks(forward: graph, reverse: reverseGraph, count: 6)
      let goal = landmarks.goal(
        sources: [Int.random(in: 0..<random.nodeCount, using: &rng)], targets: targets)
      func potential(_ node: Int) -> UInt64 { landmarks.potential(of: node, toward: goal) }
      for node in 0..<random.nodeCount {
        if let distance = toTargets[node] {
          #expect(potential(node) <= distance, "seed \(seed): node \(node) overestimated")
        }
      }
      for arc in random.tails.indices {
        let (tail, head) = (Int(random.tails[arc]), Int(random.heads[arc]))
        guard potential(head) != .max else { continue }
        #expect(potential(tail) <= potential(head) + UInt64(random.weights[arc]), "seed \(seed): arc \(arc)")
      }
    }
  }
}
