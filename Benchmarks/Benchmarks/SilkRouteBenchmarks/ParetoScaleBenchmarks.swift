import Benchmark
import Foundation
import SilkRoute
import SilkRouteStore

/// Pareto fronts at scale (issue 18), through the planner's `paretoSet` as a booking system calls
/// it, on the instances the published bi- and tri-objective searches were run on:
/// - the synthetic 20k network (`data generate --terminals 20000 --seed 1`) exported as cost and
///   time DIMACS graphs and imported back (one carrier, no documents), queried between DIMACS
///   nodes 17→15000, 500→19000 and 1234→8765 (BOA*: 27, 116 and 567 routes);
/// - the NY-sized random-geometric instance of `Peers/random_geometric.py` (264,346 nodes, seed
///   1), two criteria (distance as cost, time) and three (with CO2).
/// Each sample records the label search's expansions (BOA*'s count) beside its time.
let paretoScaleBenchmarks: @Sendable () -> Void = {
  let metrics: [BenchmarkMetric] = [
    .wallClock, .peakMemoryResident, .custom("expansions"), .custom("labels made"), .custom("routes"),
  ]

  /// A planner over a network imported from DIMACS graphs, made once per process.
  func planner(_ key: String, _ graphs: () throws -> [DIMACSImport.WeightedGraph]) throws -> RoutePlanner {
    try BenchmarkCache.value(key) {
      RoutePlanner(network: try TransportNetwork(DIMACSImport.network(from: graphs())))
    }
  }

  func synthetic20k() throws -> RoutePlanner {
    try planner("dimacs 20k") {
      let network = try NetworkStore(path: SyntheticDatabase.path(terminals: 20_000)).loadNetwork()
      return try [DIMACSExport.Weight.cost, .time].map { weight in
        let text = DIMACSExport.graph(network, weight: weight)
        return DIMACSImport.WeightedGraph(
          try DIMACSGraph(parsing: text, file: "syn20k-\(weight).gr"), weight: weight)
      }
    }
  }

  func randomGeometric(_ weights: [DIMACSExport.Weight]) throws -> RoutePlanner {
    try planner("random geometric \(weights)") {
      let prefix = try RandomGeometricInstance.prefix()
      let files = ["d": DIMACSExport.Weight.cost, "t": .time, "c": .co2]
      return try files.sorted { $0.key > $1.key }.filter { weights.contains($0.value) }.map {
        suffix, weight in
        DIMACSImport.WeightedGraph(try DIMACSGraph.read("\(prefix)-\(suffix).gr"), weight: weight)
      }
    }
  }

  /// One front a sample: its time, expansions and size (checked against `routes` when known).
  /// With `limits` (the peers' 120 s), a front stopped by them is recorded as such (`complete` 0)
  /// with the routes it proved; without, it must finish.
  func front(
    _ name: String, criteria: [Criterion], from: Int, to: Int, routes: Int?, limits: SearchLimits? = nil,
    planner: @escaping () throws -> RoutePlanner
  ) {
    Benchmark(
      name,
      // Fronts under the peers' limits may take them whole: one sample, no warm-up.
      configuration: .init(
        metrics: metrics + [.custom("complete")], warmupIterations: limits == nil ? 1 : 0,
        maxDuration: .seconds(60), maxIterations: limits == nil ? 3 : 1)
    ) { benchmark in
      let planner = try planner().budgeted(limits.map { SearchBudget($0) })
      let query = RouteQuery(from: "n\(from)", to: "n\(to)", objective: .cheapest)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let set = try planner.paretoSet(query, criteria: criteria)
        precondition(
          limits != nil || set.incomplete == nil, "\(name): stopped by \(String(describing: set.incomplete))")
        if let routes { precondition(set.routes.count == routes, "\(name): \(set.routes.count) routes") }
        benchmark.measurement(.custom("expansions"), set.statistics.labelsExpanded)
        benchmark.measurement(.custom("labels made"), set.statistics.labelsMade)
        benchmark.measurement(.custom("routes"), set.routes.count)
        benchmark.measurement(.custom("complete"), set.incomplete == nil ? 1 : 0)
        blackHole(set)
      }
    }
  }

  for (from, to, routes) in [(17, 15_000, 27), (500, 19_000, 116), (1_234, 8_765, 567)] {
    front(
      "Pareto (cost, time) DIMACS export of synthetic 20k, n\(from)→n\(to)", criteria: [.cost, .time],
      from: from, to: to, routes: routes, planner: synthetic20k)
  }
  // The peers ran with 120 s each; memory as `route --search-memory 4GiB`.
  let peerLimits = SearchLimits(time: .seconds(120), memory: 4 << 30)
  let nyQueries = [(1, 1_000), (1, 50_000), (100, 200_000), (5_000, 150_000), (7, 264_000)]
  for (from, to) in nyQueries {
    front(
      "Pareto (distance, time) random geometric 264k, n\(from)→n\(to)", criteria: [.cost, .time],
      from: from, to: to, routes: nil, limits: peerLimits, planner: { try randomGeometric([.cost, .time]) })
  }
  for (from, to) in nyQueries {
    front(
      "Pareto (distance, time, CO2) random geometric 264k, n\(from)→n\(to)", criteria: [.cost, .time, .co2],
      from: from, to: to, routes: nil, limits: peerLimits,
      planner: { try randomGeometric([.cost, .time, .co2]) })
  }
}
