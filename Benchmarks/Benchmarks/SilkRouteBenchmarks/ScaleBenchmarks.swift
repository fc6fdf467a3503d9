import Benchmark
import Foundation
import SilkRoute
import SilkRouteStore
import SilkRouteSynthetic

/// Synthetic networks from `silkroute data generate` at 1k, 10k and 100k terminals (seed 1): how
/// the searches' cost grows with the network, what the hot loop allocates, and what the node order
/// priority queue are worth. Each size is generated once into a database under the temporary
/// directory and loaded from there, so the load itself is measured too.
let scaleBenchmarks: @Sendable () -> Void = {
  /// The database for `terminals`, generated on first use.
  func database(terminals: Int) throws -> String { try SyntheticDatabase.path(terminals: terminals) }

  func loadNetwork(terminals: Int) throws -> TransportNetwork {
    try BenchmarkCache.value("synthetic \(terminals)") {
      try NetworkStore(path: database(terminals: terminals)).loadNetwork()
    }
  }

  /// The query object over `terminals`' time graph in `order`, kept warm across samples.
  func scalarSearch(
    terminals: Int, order: NodeOrder = .geographic, queue: ScalarDijkstra.Queue = .default,
    parallelArcs: ScalarGraph.ParallelArcs = .keepShortest
  ) throws -> ScalarDijkstra {
    try BenchmarkCache.value("scalar \(terminals) \(order) \(queue) \(parallelArcs)") {
      ScalarDijkstra(
        graph: try timeGraph(try loadNetwork(terminals: terminals), order: order, parallelArcs: parallelArcs),
        queue: queue)
    }
  }

  /// Transit time per arc for one FEU (the DIMACS export's `time` weight).
  func timeGraph(
    _ network: TransportNetwork, order: NodeOrder = .geographic,
    parallelArcs: ScalarGraph.ParallelArcs = .keepShortest
  ) throws -> ScalarGraph {
    let model = CargoCostModel(network: network, cargo: .containers(1, .feu))
    guard
      let graph = ScalarGraph(
        network: network, order: order, parallelArcs: parallelArcs,
        weight: { model.weight(of: $0)?.time.rawValue })
    else { throw BenchmarkSetupError("weights do not fit 32 bits") }
    return graph
  }

  /// Seeded terminal ids, the same for every variant.
  func terminals(_ count: Int, in network: TransportNetwork) -> [Int] {
    var generator = SplitMix64(seed: 42)
    return (0..<count).map { _ in Int.random(in: 0..<network.terminalCount, using: &generator) }
  }

  // No CPU time or throughput here: reading them costs package-benchmark 16 mallocs a sample (the
  // baseline benchmarks show it), which would hide that the queries themselves allocate nothing.
  let scalarMetrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]

  for size in [1_000, 10_000, 100_000] {
    let label = "\(size / 1000)k"
    Benchmark(
      "synthetic \(label): one-to-all Dijkstra (time, radix heap, Hilbert order)",
      configuration: .init(metrics: scalarMetrics, maxDuration: .seconds(3))
    ) { benchmark in
      let network = try loadNetwork(terminals: size)
      let search = try scalarSearch(terminals: size)
      let sources = terminals(64, in: network)
      search.oneToAll(from: sources[0])
      benchmark.startMeasurement()
      for iteration in benchmark.scaledIterations {
        search.oneToAll(from: sources[iteration % sources.count])
        precondition(search.settledCount > 0)
        blackHole(search.settledCount)
      }
    }

    Benchmark(
      "synthetic \(label): one-to-one Dijkstra (time)",
      configuration: .init(metrics: scalarMetrics, maxDuration: .seconds(3))
    ) { benchmark in
      let network = try loadNetwork(terminals: size)
      let search = try scalarSearch(terminals: size)
      let ends = terminals(128, in: network)
      benchmark.startMeasurement()
      for iteration in benchmark.scaledIterations {
        let pair = (iteration * 2) % ends.count
        blackHole(search.shortestPath(from: [ends[pair]], to: [ends[pair + 1]]))
      }
    }

    Benchmark(
      "synthetic \(label): load from SQLite into memory",
      configuration: .init(
        metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
      let path = try database(terminals: size)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let network = try NetworkStore(path: path).loadNetwork()
        precondition(network.terminalCount >= size / 2)
        blackHole(network)
      }
    }
  }

  // What each layout choice is worth, on the largest instance.
  let variants: [(String, NodeOrder, ScalarDijkstra.Queue, ScalarGraph.ParallelArcs)] = [
    ("2-ary heap, Hilbert order", .geographic, .heap(arity: 2), .keepShortest),
    ("4-ary heap, Hilbert order", .geographic, .heap(arity: 4), .keepShortest),
    ("8-ary heap, Hilbert order", .geographic, .heap(arity: 8), .keepShortest),
    ("radix heap, Hilbert order, all parallel arcs", .geographic, .radix, .keepAll),
    ("radix heap, data order", .identity, .radix, .keepShortest),
    ("radix heap, breadth-first order", .breadthFirst, .radix, .keepShortest),
    ("radix heap, shuffled order", .shuffled(seed: 1), .radix, .keepShortest),
  ]
  for (name, order, queue, parallelArcs) in variants {
    Benchmark(
      "synthetic 100k: one-to-all Dijkstra (time, \(name))",
      configuration: .init(metrics: scalarMetrics, maxDuration: .seconds(3))
    ) { benchmark in
      let network = try loadNetwork(terminals: 100_000)
      let search = try scalarSearch(
        terminals: 100_000, order: order, queue: queue, parallelArcs: parallelArcs)
      let sources = terminals(64, in: network)
      search.oneToAll(from: sources[0])
      benchmark.startMeasurement()
      for iteration in benchmark.scaledIterations {
        search.oneToAll(from: sources[iteration % sources.count])
        blackHole(search.settledCount)
      }
    }
  }

  /// Seeded city pairs (ids), the same for every benchmark.
  func cityPairs(_ count: Int, in network: TransportNetwork) -> [(from: String, to: String)] {
    var generator = SplitMix64(seed: 42)
    let cities = network.data.cities.map(\.id)
    return (0..<count).compactMap { _ in
      let from = cities[Int.random(in: 0..<cities.count, using: &generator)]
      let to = cities[Int.random(in: 0..<cities.count, using: &generator)]
      return from == to ? nil : (from, to)
    }
  }

  // The planner's scalar search, one-to-one between 8 seeded city pairs: prepared queries (names
  // resolved, arcs weighed once per cargo and destination territory and kept by the planner), the
  // kernel graph and landmarks built by a warm-up query; the search runs on the kernel with the
  // exact tie-break, goal-directed on the 10k and 100k networks.
  for size in [1_000, 10_000, 100_000] {
    for goalDirected in size >= 10_000 ? [true, false] : [true] {
      let variant = goalDirected ? "" : ", landmarks off"
      Benchmark(
        "synthetic \(size / 1000)k: one-to-one, planner's lexicographic search on the kernel (fastest, prepared\(variant))",
        configuration: .init(metrics: scalarMetrics, maxDuration: .seconds(3))
      ) { benchmark in
        let network = try loadNetwork(terminals: size)
        let planner = try BenchmarkCache.value("planner \(size)") { RoutePlanner(network: network) }
        let holder = try BenchmarkCache.value("search \(size)") { SearchHolder(network) }
        let graphs = try BenchmarkCache.value("prepared fastest \(size)") {
          try cityPairs(8, in: network).map {
            try planner.prepare(RouteQuery(from: $0.from, to: $0.to, objective: .fastest))
          }
        }
        var found = 0
        for graph in graphs
        where try holder.search.shortestPath(in: graph, objective: .fastest, goalDirected: goalDirected)
          != nil
        {
          found += 1
        }
        precondition(found > 0)
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
          blackHole(
            try holder.search.shortestPath(
              in: graphs[iteration % graphs.count], objective: .fastest, goalDirected: goalDirected))
        }
      }
    }

    // The library's answer from names on a network with document regimes: the exact label search
    // (booking products, document contexts) on the kernel's lower bounds, plus the itinerary.
    Benchmark(
      "synthetic \(size / 1000)k: fastest route from names (label search with documents, itinerary)",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 200)
    ) { benchmark in
      let network = try loadNetwork(terminals: size)
      let planner = try BenchmarkCache.value("planner \(size)") { RoutePlanner(network: network) }
      let holder = try BenchmarkCache.value("search \(size)") { SearchHolder(network) }
      let queries = cityPairs(8, in: network).map {
        RouteQuery(from: $0.from, to: $0.to, objective: .fastest)
      }
      var found = 0
      for query in queries where (try? planner.route(query, using: &holder.search)) != nil { found += 1 }
      precondition(found > 0)
      benchmark.startMeasurement()
      for iteration in benchmark.scaledIterations {
        blackHole(try? planner.route(queries[iteration % queries.count], using: &holder.search))
      }
    }
  }

  // Exact Pareto fronts on the synthetic networks: a label search over terminal × document
  // context × booking product (see Benchmarks/README.md for why this is slow). Four city pairs a
  // sample; a pair whose search exceeds the label limit counts as searched.
  for size in [1_000, 10_000] {
    Benchmark(
      "synthetic \(size / 1000)k: Pareto fronts (cost, time), 4 city pairs",
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 3)
    ) { benchmark in
      let network = try loadNetwork(terminals: size)
      let planner = try BenchmarkCache.value("planner \(size)") { RoutePlanner(network: network) }
      var generator = SplitMix64(seed: 7)
      let cities = network.data.cities.map(\.id)
      let pairs = (0..<4).map { _ in
        (
          cities[Int.random(in: 0..<cities.count, using: &generator)],
          cities[Int.random(in: 0..<cities.count, using: &generator)]
        )
      }.filter { $0.0 != $0.1 }
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        var searched = 0
        for (from, to) in pairs {
          let front = try? planner.paretoFront(RouteQuery(from: from, to: to), criteria: [.cost, .time])
          searched += 1 + (front?.count ?? 0)
        }
        precondition(searched >= pairs.count)
        blackHole(searched)
      }
    }
  }
}

struct BenchmarkSetupError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
