import Benchmark
import Foundation
import SilkRoute
import SilkRouteStore

/// Route queries on the bundled SCODA reference network. Each benchmark checks its own result.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
    maxDuration: .seconds(3))

  /// The bundled network, read from the repository's `Data/`.
  func loadNetwork() throws -> TransportNetwork {
    try BenchmarkCache.value("reference") {
      try TransportNetwork(DataFolder.load(BundledData.folder))
    }
  }
  /// One planner per process, so its pool of query objects is warm after the first sample.
  func loadPlanner() throws -> RoutePlanner {
    try BenchmarkCache.value("planner") { RoutePlanner(network: try loadNetwork()) }
  }
  /// One query object per process (its arrays stay allocated and warm between samples).
  func search() throws -> SearchHolder {
    try BenchmarkCache.value("search") { SearchHolder(try loadNetwork()) }
  }

  for objective in Objective.allCases {
    Benchmark("reference \(objective.rawValue) Jiaozhou→Hamburg 1xFEU") { benchmark in
      let planner = try loadPlanner()
      let holder = try search()
      let query = RouteQuery(from: "Jiaozhou", to: "Hamburg", objective: objective)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let itinerary = try planner.route(query, using: &holder.search)
        precondition(itinerary.totals.legs > 0)
        blackHole(itinerary)
      }
    }
  }

  for objective in Objective.allCases {
    // 1,000 queries a sample, wall clock and mallocs only: reading CPU time once per sample costs
    // microseconds and 16 mallocs (see the baselines), as much as the query itself.
    Benchmark(
      "reference \(objective.rawValue) search only (prepared query) Jiaozhou→Hamburg",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(3))
    ) { benchmark in
      let planner = try loadPlanner()
      let holder = try search()
      let graph = try planner.prepare(RouteQuery(from: "Jiaozhou", to: "Hamburg", objective: objective))
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let path = try planner.bestPath(graph, using: &holder.search)
        precondition(path?.arcs.isEmpty == false)
        blackHole(path)
      }
    }
  }

  Benchmark("reference Pareto front (cost, time, CO2) Jiaozhou→Hamburg 1xFEU") { benchmark in
    let planner = try loadPlanner()
    let query = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let front = try planner.paretoFront(query)
      precondition(front.count > 1)
      blackHole(front)
    }
  }

  Benchmark("reference Pareto set (cost, time, CO2) as vectors and paths Jiaozhou→Hamburg 1xFEU") {
    benchmark in
    let planner = try loadPlanner()
    let query = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let set = try planner.paretoSet(query)
      precondition(set.routes.count > 1)
      blackHole(set)
    }
  }

  // What the measured loop itself allocates (package-benchmark's own bookkeeping): the floor
  // under every mallocs figure.
  Benchmark(
    "baseline: empty measured loop",
    configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(1))
  ) { benchmark in
    benchmark.startMeasurement()
    for iteration in benchmark.scaledIterations { blackHole(iteration) }
  }

  Benchmark(
    "baseline: empty measured loop, with CPU time and throughput measured too",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput], maxDuration: .seconds(1))
  ) { benchmark in
    benchmark.startMeasurement()
    for iteration in benchmark.scaledIterations { blackHole(iteration) }
  }

  Benchmark("reference 5 alternatives Jiaozhou→Hamburg 1xFEU") { benchmark in
    let planner = try loadPlanner()
    let query = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let routes = try planner.alternatives(query, count: 5)
      precondition(!routes.isEmpty)
      blackHole(routes)
    }
  }

  Benchmark("reference timetabled fastest Jiaozhou→Moscow departing 2026-12-01") { benchmark in
    let planner = try loadPlanner()
    let query = RouteQuery(
      from: "Jiaozhou", to: "Moscow", objective: .fastest, departure: Instant(iso8601: "2026-12-01T08:00Z"))
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let itinerary = try planner.route(query)
      precondition(itinerary.arrival != nil)
      blackHole(itinerary)
    }
  }

  // All 49×48 pairs one query at a time: full fronts with every itinerary, or sets of vectors
  // and paths.
  let allPairs: [(name: String, samples: Int, routes: @Sendable (RoutePlanner, RouteQuery) -> Int)] = [
    (
      "reference Pareto fronts, all 49×48 origin–destination pairs", 5,
      { (try? $0.paretoFront($1))?.count ?? 0 }
    ),
    (
      "reference Pareto sets as vectors and paths, all 49×48 pairs", 10,
      { (try? $0.paretoSet($1))?.routes.count ?? 0 }
    ),
  ]
  for run in allPairs {
    Benchmark(
      run.name,
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(10),
        maxIterations: run.samples)
    ) { benchmark in
      let planner = try loadPlanner()
      let ids = planner.network.data.cities.map(\.id)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        var routes = 0
        for from in ids {
          for to in ids where to != from { routes += run.routes(planner, RouteQuery(from: from, to: to)) }
        }
        precondition(routes > ids.count)
        blackHole(routes)
      }
    }
  }

  Benchmark(
    "reference Pareto sets as vectors and paths, all 49×48 pairs, paretoSets on all cores",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 10)
  ) { benchmark in
    let planner = try loadPlanner()
    let ids = planner.network.data.cities.map(\.id)
    let queries = ids.flatMap { from in ids.filter { $0 != from }.map { RouteQuery(from: from, to: $0) } }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let routes = planner.paretoSets(queries).reduce(0) { $0 + ((try? $1.get())?.routes.count ?? 0) }
      precondition(routes > ids.count)
      blackHole(routes)
    }
  }

  Benchmark("reference cheapest, all 49×48 origin–destination pairs") { benchmark in
    let planner = try loadPlanner()
    let holder = try search()
    let ids = planner.network.data.cities.map(\.id)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      var found = 0
      for from in ids {
        for to in ids where to != from {
          if (try? planner.route(RouteQuery(from: from, to: to), using: &holder.search)) != nil { found += 1 }
        }
      }
      precondition(found > 0)
      blackHole(found)
    }
  }
  diagramBenchmarks()
  matrixBenchmarks()
  batchBenchmarks()
  scaleBenchmarks()
  snapshotBenchmarks()
  paretoScaleBenchmarks()
  sweepBenchmarks()
  quoteBenchmarks()
}

/// A reusable query object kept across samples.
final class SearchHolder {
  var search: ShortestPathSearch
  init(_ network: TransportNetwork) { search = ShortestPathSearch(network: network) }
}
