import Benchmark
import Foundation
import SilkRoute
import SilkRouteStore
import SilkRouteSynthetic

/// Opening a compiled snapshot (issue 17) against loading the same network from SQLite, on the
/// reference network and the synthetic ones (generated and compiled into the temporary directory
/// on first use). An open maps the file, checks every checksum and builds no record.
let snapshotBenchmarks: @Sendable () -> Void = {
  /// The snapshot of `name`'s network, written on first use.
  func snapshot(_ name: String, _ network: () throws -> TransportNetwork) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "silkroute-bench-\(name).silkroute"
    ).path
    if !FileManager.default.fileExists(atPath: path) {
      try NetworkSnapshot.write(try network(), dataVersion: name, to: path)
    }
    return path
  }

  func referenceSnapshot() throws -> String {
    try snapshot("reference") {
      try TransportNetwork(DataFolder.load(BundledData.folder))
    }
  }

  let openMetrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident]

  Benchmark(
    "reference: open compiled snapshot",
    configuration: .init(metrics: openMetrics, maxDuration: .seconds(3))
  ) { benchmark in
    let path = try referenceSnapshot()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let network = try NetworkSnapshot.open(path: path)
      precondition(network.cityCount > 0)
      blackHole(network)
    }
  }

  Benchmark(
    "reference: cheapest Jiaozhou→Hamburg from names, network opened from its snapshot",
    configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
  ) { benchmark in
    // One planner per process (its weight cache and query objects warm after the first sample),
    // as the in-memory benchmark keeps one.
    let planner = try BenchmarkCache.value("reference snapshot planner") {
      RoutePlanner(network: try NetworkSnapshot.open(path: try referenceSnapshot()))
    }
    let query = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try planner.route(query)) }
  }

  for size in [1_000, 10_000, 100_000] {
    Benchmark(
      "synthetic \(size / 1000)k: open compiled snapshot",
      configuration: .init(metrics: openMetrics, maxDuration: .seconds(5), maxIterations: 20)
    ) { benchmark in
      let path = try snapshot("synthetic-\(size)") {
        try NetworkStore(path: SyntheticDatabase.path(terminals: size)).loadNetwork()
      }
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let network = try NetworkSnapshot.open(path: path)
        precondition(network.terminalCount >= size / 2)
        blackHole(network)
      }
    }
  }
}
