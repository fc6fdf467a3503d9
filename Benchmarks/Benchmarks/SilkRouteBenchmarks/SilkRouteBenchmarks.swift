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
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Data")
    return try TransportNetwork(DataFolder.load(folder))
  }

  for objective in Objective.allCases {
    Benchmark("reference \(objective.rawValue) Jiaozhou→Hamburg 1xFEU") { benchmark in
      let network = try loadNetwork()
      let planner = RoutePlanner(network: network)
      var search = ShortestPathSearch(network: network)
      let query = RouteQuery(from: "Jiaozhou", to: "Hamburg", objective: objective)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let itinerary = try planner.route(query, using: &search)
        precondition(itinerary.totals.legs > 0)
        blackHole(itinerary)
      }
    }
  }

  Benchmark("reference cheapest, all 49×48 origin–destination pairs") { benchmark in
    let network = try loadNetwork()
    let planner = RoutePlanner(network: network)
    var search = ShortestPathSearch(network: network)
    let ids = network.data.cities.map(\.id)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      var found = 0
      for from in ids {
        for to in ids where to != from {
          if (try? planner.route(RouteQuery(from: from, to: to), using: &search)) != nil { found += 1 }
        }
      }
      precondition(found > 0)
      blackHole(found)
    }
  }
}
