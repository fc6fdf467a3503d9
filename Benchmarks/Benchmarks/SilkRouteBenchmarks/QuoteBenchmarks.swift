import Benchmark
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// The quote id every answer carries (the normalised request hashed as canonical JSON), beside
/// the same key written by Foundation's `JSONEncoder` with sorted keys (what the id hashed before).
func quoteBenchmarks() {
  func service() throws -> BookingService { try BundledData.service() }
  var request = RouteRequest(from: "Jiaozhou", to: "Hamburg", cargo: .init(unit: "FEU", count: 2))
  request.constraints = .init(avoidCountries: ["RU"], avoidModes: ["air"], maxTransfers: 3)
  request.depart = "2024-07-20T08:00Z"
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 100_000)
  Benchmark("quote id of a request (canonical JSON, FNV-1a)", configuration: configuration) { benchmark in
    let key = try service().quoteKey(for: request.plan())
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(key.id) }
  }
  Benchmark("quote key peer: JSONEncoder with sorted keys", configuration: configuration) { benchmark in
    let key = try service().quoteKey(for: request.plan())
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try encoder.encode(key)) }
  }
}
