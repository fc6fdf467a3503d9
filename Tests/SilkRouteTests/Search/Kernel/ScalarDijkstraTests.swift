import Testing

@testable import SilkRoute

@Suite struct ScalarDijkstraTests {
  /// Every queue the search offers.
  static let queues: [ScalarDijkstra.Queue] = [.heap(arity: 2), .heap(arity: 4), .heap(arity: 8), .radix]

  /// A random graph with parallel arcs (a quarter of the arcs repeat an earlier arc's tail and head
  /// with another weight), self-loops, zero weights, weights near 2³² and unreachable nodes.
  struct RandomGraph {
    var nodeCount: Int
    var tails: [UInt32] = []
    var heads: [UInt32] = []
    var weights: [UInt32] = []
    var latitudes: [Double] = []
    var longitudes: [Double] = []

    init(seed: UInt64) {
      var rng = SplitMix64(seed: seed)
      nodeCount = Int.random(in: 1...14, using: &rng)
      let arcCount = Int.random(in: 0...(nodeCount * 4), using: &rng)
      for _ in 0..<arcCount {
        if !tails.isEmpty && Int.random(in: 0..<4, using: &rng) == 0 {
          let earlier = Int.random(in: 0..<tails.count, using: &rng)
          tails.append(tails[earlier])
          heads.append(heads[earlier])
        } else {
          tails.append(UInt32.random(in: 0..<UInt32(nodeCount), using: &rng))
          heads.append(UInt32.random(in: 0..<UInt32(nodeCount), using: &rng))
        }
        weights.append(
          Int.random(in: 0..<10, using: &rng) == 0
            ? UInt32.random(in: (UInt32.max - 10)...UInt32.max, using: &rng)
            : UInt32.random(in: 0...20, using: &rng))
      }
      latitudes = (0..<nodeCount).map { _ in Double.random(in: -60...80, using: &rng) }
      longitudes = (0..<nodeCount).map { _ in Double.random(in: -180...180, using: &rng) }
    }

    /// Bellman–Ford to a fixpoint: the reference distances from `sources`.
    func reference(from sources: [Int]) -> [UInt64?] {
      var distance = [UInt64?](repeating: nil, count: nodeCount)
      for source in sources { distance[source] = 0 }
      var changed = true
      while changed {
        changed = false
        for arc in tails.indices {
          guard let base = distance[Int(tails[arc])] else { continue }
          let candidate = base + UInt64(weights[arc])
          if distance[Int(heads[arc])].map({ candidate < $0 }) ?? true {
            distance[Int(heads[arc])] = candidate
            changed = true
          }
        }
      }
      return distance
    }

    var orders: [NodeOrder] {
      [
        .identity, .breadthFirst, .shuffled(seed: 99),
        .hilbert(latitudes: latitudes, longitudes: longitudes),
      ]
    }
  }

  /// One-to-all and one-to-one distances and paths equal Bellman–Ford on 1,000 seeded random
  /// graphs, for every queue, node order, parallel-arc mode and distance width (64-bit forced, and
  /// 32-bit where the graph's bound allows).
  @Test func matchesBellmanFordOnRandomGraphs() throws {
    var reachedPairs = 0
    var narrowSearches = 0
    for seed in UInt64(0)..<1000 {
      let random = RandomGraph(seed: seed)
      var rng = SplitMix64(seed: seed ^ 0x5CA1)
      let source = Int.random(in: 0..<random.nodeCount, using: &rng)
      let expected = random.reference(from: [source])
      let sources = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        Int.random(in: 0..<random.nodeCount, using: &rng)
      }
      let targets = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        Int.random(in: 0..<random.nodeCount, using: &rng)
      }
      let fromSources = random.reference(from: sources)
      let nearest = targets.compactMap { fromSources[$0] }.min()
      for order in random.orders {
        for parallelArcs in [ScalarGraph.ParallelArcs.keepShortest, .keepAll] {
          let graph = ScalarGraph(
            nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights,
            order: order, parallelArcs: parallelArcs)
          for queue in Self.queues {
            for width in [ScalarDijkstra.DistanceWidth.narrowWhenSafe, .wide] {
              let label = "seed \(seed) \(order) \(parallelArcs) \(queue) \(width)"
              let search = ScalarDijkstra(graph: graph, queue: queue, distances: width)
              if search.usesNarrowDistances { narrowSearches += 1 }
              search.oneToAll(from: source)
              for node in 0..<random.nodeCount {
                #expect(search.distance(to: node) == expected[node], "\(label): node \(node)")
                guard let distance = expected[node] else { continue }
                reachedPairs += 1
                checkPath(
                  search.arcs(to: node), from: [source], to: node, length: distance, random, label,
                  shortestParallel: parallelArcs == .keepShortest)
              }
              let reached = search.shortestPath(from: sources, to: targets)
              #expect(reached?.distance == nearest, "\(label): one-to-one")
              if let reached {
                #expect(targets.contains(reached.node), "\(label): not a target")
                checkPath(
                  search.arcs(to: reached.node), from: sources, to: reached.node, length: reached.distance,
                  random, label, shortestParallel: parallelArcs == .keepShortest)
              }
            }
          }
        }
      }
    }
    #expect(reachedPairs > 50_000)
    #expect(narrowSearches > 10_000)
  }

  /// 32-bit distances are used exactly when the bound fits, and hold a distance of 2³² − 1.
  @Test func narrowDistancesUpToTheBound() {
    // A chain 0 → 1 → 2 whose length is the bound: (2³² − 1) − 5 + 5.
    let fits = ScalarGraph(nodeCount: 3, tails: [0, 1], heads: [1, 2], weights: [UInt32.max - 5, 5])
    #expect(fits.distanceBound == UInt64(UInt32.max))
    for queue in Self.queues {
      let search = ScalarDijkstra(graph: fits, queue: queue)
      #expect(search.usesNarrowDistances, "\(queue)")
      search.oneToAll(from: 0)
      #expect(search.distance(to: 2) == UInt64(UInt32.max), "\(queue)")
      #expect(search.arcs(to: 2) == [0, 1], "\(queue)")
    }
    // One more minute does not fit: 64-bit distances, and the sum is exact.
    let over = ScalarGraph(nodeCount: 3, tails: [0, 1], heads: [1, 2], weights: [UInt32.max - 5, 6])
    #expect(over.distanceBound == UInt64(UInt32.max) + 1)
    for queue in Self.queues {
      let search = ScalarDijkstra(graph: over, queue: queue)
      #expect(!search.usesNarrowDistances, "\(queue)")
      search.oneToAll(from: 0)
      #expect(search.distance(to: 2) == UInt64(UInt32.max) + 1, "\(queue)")
    }
  }

  /// Checks that `arcs` is a path from one of `sources` to `node` of `length`; with
  /// `shortestParallel`, also that each arc is the one the reduction keeps: of the arcs with its
  /// tail and head, the least weight, and of those the lowest number.
  func checkPath(
    _ arcs: [Int], from sources: [Int], to node: Int, length: UInt64, _ random: RandomGraph, _ label: String,
    shortestParallel: Bool
  ) {
    var at = arcs.first.map { Int(random.tails[$0]) } ?? node
    #expect(sources.contains(at), "\(label): path does not start at a source")
    var total: UInt64 = 0
    for arc in arcs {
      #expect(Int(random.tails[arc]) == at, "\(label): path not connected")
      at = Int(random.heads[arc])
      total += UInt64(random.weights[arc])
      if shortestParallel {
        let kept = random.tails.indices.filter {
          random.tails[$0] == random.tails[arc] && random.heads[$0] == random.heads[arc]
        }.min { (random.weights[$0], $0) < (random.weights[$1], $1) }
        #expect(kept == arc, "\(label): arc \(arc) is not the shortest of its parallel arcs (\(kept ?? -1))")
      }
    }
    #expect(at == node && total == length, "\(label): path to \(node) adds up to \(total), not \(length)")
  }

  /// The reduced graph stores one arc per distinct (tail, head) and counts the caller's arcs.
  @Test func parallelArcReductionKeepsOneArcPerPair() {
    for seed in UInt64(0)..<200 {
      let random = RandomGraph(seed: seed)
      let pairs = Set(random.tails.indices.map { [random.tails[$0], random.heads[$0]] })
      for order in random.orders {
        let reduced = ScalarGraph(
          nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights,
          order: order)
        #expect(reduced.arcCount == pairs.count, "seed \(seed) \(order)")
        #expect(reduced.inputArcCount == random.tails.count, "seed \(seed) \(order)")
        let all = ScalarGraph(
          nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights,
          order: order, parallelArcs: .keepAll)
        #expect(all.arcCount == random.tails.count, "seed \(seed) \(order)")
      }
    }
  }

  /// On larger random graphs (distances spanning many radix-heap buckets, buckets that must grow),
  /// every queue finds the distances of the binary heap on the unreduced graph.
  @Test func queuesAgreeOnLargerGraphs() {
    for seed in UInt64(0)..<12 {
      var rng = SplitMix64(seed: seed ^ 0xB16)
      let nodeCount = 3_000
      let arcCount = 15_000
      var tails: [UInt32] = []
      var heads: [UInt32] = []
      var weights: [UInt32] = []
      let heavy = seed % 2 == 1  // weights up to 2³² − 1, else below 1,000
      for _ in 0..<arcCount {
        tails.append(UInt32.random(in: 0..<UInt32(nodeCount), using: &rng))
        heads.append(UInt32.random(in: 0..<UInt32(nodeCount), using: &rng))
        weights.append(
          heavy ? UInt32.random(in: 0...UInt32.max, using: &rng) : UInt32.random(in: 0..<1_000, using: &rng))
      }
      let reference = ScalarDijkstra(
        graph: ScalarGraph(
          nodeCount: nodeCount, tails: tails, heads: heads, weights: weights, parallelArcs: .keepAll),
        queue: .heap(arity: 2))
      for order in [NodeOrder.identity, .breadthFirst] {
        let graph = ScalarGraph(
          nodeCount: nodeCount, tails: tails, heads: heads, weights: weights, order: order)
        for queue in Self.queues {
          let search = ScalarDijkstra(graph: graph, queue: queue)
          #expect(search.usesNarrowDistances == !heavy)
          for source in [0, 1_234, 2_999] {
            reference.oneToAll(from: source)
            search.oneToAll(from: source)
            #expect(
              search.settledCount == reference.settledCount, "seed \(seed) \(order) \(queue) from \(source)")
            let differ = (0..<nodeCount).first { search.distance(to: $0) != reference.distance(to: $0) }
            #expect(differ == nil, "seed \(seed) \(order) \(queue) from \(source): node \(differ ?? -1)")
          }
        }
      }
    }
  }

  /// A reused query object gives the same answers as a fresh one, query after query.
  @Test func reusedQueryObjectResetsBetweenQueries() {
    let random = RandomGraph(seed: 4242)
    let graph = ScalarGraph(
      nodeCount: random.nodeCount, tails: random.tails, heads: random.heads, weights: random.weights)
    for queue in Self.queues {
      let reused = ScalarDijkstra(graph: graph, queue: queue)
      for round in 0..<50 {
        let source = round % random.nodeCount
        reused.oneToAll(from: source)
        let fresh = ScalarDijkstra(graph: graph, queue: queue)
        fresh.oneToAll(from: source)
        for node in 0..<random.nodeCount {
          #expect(
            reused.distance(to: node) == fresh.distance(to: node), "\(queue) round \(round) node \(node)")
        }
      }
    }
  }

  /// On transport networks, the scalar graph of a query's cost (or time, or CO2) finds the same
  /// optimum as the lexicographic `ShortestPathSearch` in its primary criterion.
  @Test func agreesWithShortestPathSearchOnRandomNetworks() throws {
    for seed in UInt64(0)..<300 {
      let network = try #require(try? TransportNetwork(RandomNetwork.make(seed: seed)), "seed \(seed)")
      var rng = SplitMix64(seed: seed ^ 0xFACE)
      let model = CargoCostModel(network: network, cargo: RandomNetwork.cargo(using: &rng))
      let origin = Int.random(in: 0..<network.cityCount, using: &rng)
      let destination = (origin + 1) % network.cityCount
      for objective in Objective.allCases {
        func primary(_ totals: RouteTotals) -> Int64 { objective.key(totals).primary }
        let graph = try #require(
          ScalarGraph(network: network, order: .geographic) { model.weight(of: $0).map(primary) },
          "seed \(seed): weights fit 32 bits")
        let scalar = ScalarDijkstra(graph: graph).shortestPath(
          from: network.cityTerminals[origin].map(\.index),
          to: network.cityTerminals[destination].map(\.index))
        var reference = ShortestPathSearch(network: network)
        let expected = reference.shortestPath(
          from: Array(network.cityTerminals[origin]), to: Array(network.cityTerminals[destination]),
          objective: objective,
          weight: model.weight(of:))
        #expect(
          scalar.map { Int64($0.distance) } == expected.map { primary($0.totals) },
          "seed \(seed) \(objective)")
      }
    }
  }

  @Test func hilbertIndexKeepsNeighboursClose() {
    // Distinct cells get distinct indices, and nearby points are closer along the curve than far ones.
    var seen = Set<UInt64>()
    for latitude in stride(from: -89.0, through: 89.0, by: 2.0) {
      for longitude in stride(from: -179.0, through: 179.0, by: 2.0) {
        seen.insert(NodeOrder.hilbertIndex(latitude: latitude, longitude: longitude))
      }
    }
    #expect(seen.count == 90 * 180)
    let a = NodeOrder.hilbertIndex(latitude: 36.0, longitude: 120.0)
    let b = NodeOrder.hilbertIndex(latitude: 36.01, longitude: 120.01)
    let far = NodeOrder.hilbertIndex(latitude: -36.0, longitude: -120.0)
    func gap(_ x: UInt64, _ y: UInt64) -> UInt64 { max(x, y) - min(x, y) }
    #expect(gap(a, b) < gap(a, far))
  }
}
