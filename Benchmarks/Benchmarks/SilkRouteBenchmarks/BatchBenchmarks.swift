import Benchmark
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// A booking desk's day: 10,000 seeded shipments (``BatchSample``, seed 2026) over the bundled
/// network, quoted through `BookingService`'s batch on all cores as `silkroute batch` and
/// `POST /v1/batch` do — read from CSV or JSON Lines in memory, answered in order. The target is
/// at most 2 s per 10,000.
func batchBenchmarks() {
  func service() throws -> BookingService { try BundledData.service() }
  for csv in [true, false] {
    Benchmark(
      "batch of 10,000 shipments (\(csv ? "CSV" : "JSON Lines")), BookingService on all cores",
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(20),
        maxIterations: 5)
    ) { benchmark in
      let service = try service()
      let sample = BatchSample(network: service.network, count: 10_000, seed: 2026)
      let bytes = Array((csv ? sample.csv : sample.jsonLines).utf8)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        var answered = 0
        let input = BatchBytes(bytes)
        let rows = { (result: BatchResult) in if case .success = result.result { answered += 1 } }
        let outcome =
          csv
          ? try service.answer(batch: BatchCSVSource(input, name: "sample.csv"), result: rows)
          : try service.answer(batch: BatchJSONSource(lines: input), result: rows)
        precondition(outcome.rows == 10_000 && answered > 5_000)
        blackHole(outcome)
      }
    }
  }
}
