import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// Every row of a batch is the answer of its one request, asked alone (the same bytes, or the same
/// error), handed over in input order — from JSON Lines and from CSV, on seeded random batches
/// over the bundled network.
@Suite struct BookingServiceBatchTests {
  /// Every result of a batch, in the order handed over.
  static func results(
    _ service: BookingService, _ source: some BatchSource, workers: Int = 2, window: Int = 256
  ) throws -> ([BatchResult], BatchOutcome) {
    var results: [BatchResult] = []
    let outcome = try service.answer(batch: source, workers: workers, window: window) { results.append($0) }
    return (results, outcome)
  }

  /// Each result against `service.answer` of its sample request; the failures' descriptions.
  static func mismatches(_ service: BookingService, _ sample: BatchSample, _ results: [BatchResult])
    -> [String]
  {
    var problems: [String] = []
    if results.map(\.index) != Array(sample.shipments.indices) { problems.append("indices out of order") }
    for (result, shipment) in zip(results, sample.shipments) {
      if result.id != shipment.id { problems.append("\(shipment.id): id \(result.id ?? "nil")") }
      let expected = Result { try APIJSON.encode(try service.answer(shipment.request)) }
      let got = result.result.map { try? APIJSON.encode($0) }
      switch (expected, got) {
      case (.success(let a), .success(let b)) where a == b: continue
      case (.failure(let a as RoutingError), .failure(.routing(let b))) where a == b: continue
      default: problems.append("\(shipment.id) \(shipment.request.from) → \(shipment.request.to): \(got)")
      }
    }
    return problems
  }

  /// CSV or JSON Lines, on `workers` threads at most `window` rows ahead.
  @Test(arguments: [(false, 2, 256), (true, 2, 256), (false, 3, 2), (true, 1, 1)])
  func seededBatchEqualsOneByOne(csv: Bool, workers: Int, window: Int) throws {
    let service = try BundledService.shared.get()
    let seed = UInt64.random(in: 0...UInt64.max)
    let sample = BatchSample(network: service.network, count: 150, seed: seed)
    let text = csv ? sample.csv : sample.jsonLines
    let bytes = BatchBytes(Array(text.utf8))
    let (results, outcome) =
      csv
      ? try Self.results(service, BatchCSVSource(bytes, name: "sample.csv"), workers: workers, window: window)
      : try Self.results(service, BatchJSONSource(lines: bytes), workers: workers, window: window)
    let problems = Self.mismatches(service, sample, results)
    #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
    #expect(outcome.rows == sample.shipments.count && !outcome.cancelled, "seed \(seed)")
    #expect(outcome.failed == results.count { if case .failure = $0.result { true } else { false } })
  }

  @Test func bundledSampleHasBothAnswersAndErrors() throws {
    // A sample can only show the comparison above means something if some rows are routed.
    let service = try BundledService.shared.get()
    let sample = BatchSample(network: service.network, count: 100, seed: 7)
    let routed = sample.shipments.count { (try? service.answer($0.request)) != nil }
    #expect(routed > 50)
  }

  @Test func rowsLineAndIdFromJSONLines() throws {
    let service = try BundledService.shared.get()
    let text = """
      {"id": "A", "from": "Jiaozhou", "to": "Almaty"}

      {"id": 7, "from": "Jiaozhou", "to": "Nowhere-ville"}
      {"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": "two"}}
      not json
      {"from": "Jiaozhou", "to": "Almaty", "later": 1}
      """
    let (results, outcome) = try Self.results(service, BatchJSONSource(lines: BatchBytes(Array(text.utf8))))
    #expect(results.map(\.index) == [0, 1, 2, 3, 4])
    #expect(results.map(\.line) == [1, 3, 4, 5, 6])
    #expect(results.map(\.id) == ["A", "7", nil, nil, nil])
    #expect(outcome.rows == 5 && outcome.failed == 3)
    guard case .failure(.routing(.unknownCity)) = results[1].result else {
      Issue.record("\(results[1].result)")
      return
    }
    guard case .failure(let failure) = results[1].result else { return }
    #expect(failure.field(in: results[1].request) == "to")
    guard case .failure(.unreadable(let count)) = results[2].result,
      case .failure(.unreadable(let json)) = results[3].result
    else {
      Issue.record("\(results[2].result) \(results[3].result)")
      return
    }
    #expect(count.field == "cargo.count" && count.message.contains("integer"))
    #expect(json.field == nil && json.message.contains("malformed JSON"))
    // An unknown field is accepted and warned about, as /v1/routes does; `id` is not one.
    let warnings = try results[4].result.get().warnings ?? []
    #expect(warnings.map(\.field) == ["later"])
    #expect(try results[0].result.get().warnings == nil)
  }

  @Test func aJSONArrayBodyIsABatch() throws {
    let service = try BundledService.shared.get()
    let body = #"[{"id": "x", "from": "Jiaozhou", "to": "Almaty"}, 3, {"from": "Almaty", "to": "Jiaozhou"}]"#
    let source = try BatchJSONSource(body: Array(body.utf8))
    #expect(source.count == 3)
    let (results, _) = try Self.results(service, source)
    #expect(results.map(\.line) == [nil, nil, nil])
    #expect(try results[0].result.get() == (try service.answer(RouteRequest(from: "Jiaozhou", to: "Almaty"))))
    guard case .failure(.unreadable(let error)) = results[1].result else {
      Issue.record("\(results[1].result)")
      return
    }
    #expect(error.message == "not a JSON object")
    #expect(throws: BatchRowError.self) { try BatchJSONSource(body: Array("[{".utf8)) }
  }

  @Test func cancellationStopsTheBatch() throws {
    let service = try BundledService.shared.get()
    let sample = BatchSample(network: service.network, count: 400, seed: 3)
    let cancellation = SearchCancellation()
    var handed = 0
    let outcome = try service.answer(
      batch: BatchJSONSource(lines: BatchBytes(Array(sample.jsonLines.utf8))), workers: 2,
      cancellation: cancellation
    ) { _ in
      handed += 1
      if handed == 10 { cancellation.cancel() }
    }
    #expect(outcome.cancelled && outcome.rows < 400 && outcome.rows >= 10, "\(outcome)")
  }
}
