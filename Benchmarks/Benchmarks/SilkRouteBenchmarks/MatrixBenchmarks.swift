import Benchmark
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore
import Synchronization

/// The all-by-all matrix of the bundled network through `BookingService` (each cell a full
/// `RouteResponse`, as `silkroute matrix` and `POST /v1/matrix` compute it), cheapest and Pareto
/// (cost, time, CO2), beside the library's `paretoSets` (vectors and paths only).
func matrixBenchmarks() {
  func service() throws -> BookingService { try BundledData.service() }
  for (name, request) in [
    ("cheapest", RouteRequest(from: "", to: "")),
    ("Pareto cost,time,co2", RouteRequest(from: "", to: "", pareto: ["cost", "time", "co2"])),
  ] {
    Benchmark(
      "reference matrix all×all \(name), BookingService on all cores",
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 10)
    ) { benchmark in
      let service = try service()
      let plan = try service.plan(RouteMatrix(origins: .all, destinations: .all, request: request))
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let routes = Atomic<Int>(0)
        let outcome = service.answer(plan) { cell in routes.add(cell.routes.count, ordering: .relaxed) }
        precondition(outcome.cells == plan.cellCount && routes.load(ordering: .relaxed) >= plan.cellCount / 2)
        blackHole(outcome)
      }
    }
  }
}
