import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteServer

/// `POST /v1/batch`: one JSON line per request, in input order, each the answer `/v1/routes` gives
/// it or its problem located by index and field; limits like the matrix's; stopped when the
/// client goes away.
@Suite(.serialized) struct ServerHandlersBatchTests {
  struct Line: Decodable {
    var index: Int
    var line: Int?
    var id: String?
    var status: String
    var response: RouteResponse?
    var error: ProblemDetails?
  }

  static func post(_ body: String, client: some TestClientProtocol) async throws -> TestResponse {
    try await client.execute(
      uri: ServerEndpoint.batch.path, method: .post, headers: ServerFixture.jsonHeaders,
      body: ServerFixture.body(body))
  }

  static func lines(_ response: TestResponse) throws -> [Line] {
    try String(buffer: response.body).split(separator: "\n").map {
      try JSONDecoder().decode(Line.self, from: Data($0.utf8))
    }
  }

  @Test func linesAreTheAnswersOfTheirRequestsInOrder() async throws {
    let service = try ServerFixture.service.get()
    let seed = UInt64.random(in: 0...UInt64.max)
    let sample = BatchSample(network: service.network, count: 60, seed: seed)
    try await ServerFixture.withLiveServer { client in
      let response = try await Self.post(sample.jsonLines, client: client)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/jsonl")
      let lines = try Self.lines(response)
      #expect(lines.map(\.index) == Array(0..<60), "seed \(seed)")
      for (line, shipment) in zip(lines, sample.shipments) {
        #expect(line.id == shipment.id && line.line == line.index + 1)
        do {
          #expect(line.response == (try service.answer(shipment.request)), "seed \(seed): \(shipment.id)")
        } catch {
          #expect(line.error == ProblemDetails.from(error, request: shipment.request), "seed \(seed)")
        }
      }
    }
  }

  @Test func rowProblemsAreLocatedAndTheOthersAnswered() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await Self.post(
        """
        {"from": "Jiaozhou", "to": "Almaty"}
        {"from": "Jiaozhou", "to": "Almaty", "constraints": {"via": ["Nowhere"]}}

        {"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": "one"}}
        {"from": "Jiaozhou"
        {"from": "Jiaozhou", "to": "Almaty", "pareto": ["cost", "time"], "alternatives": 2}
        """, client: client)
      let lines = try Self.lines(response)
      #expect(lines.map(\.status) == ["ok", "error", "error", "error", "error"])
      #expect(lines.map(\.line) == [1, 2, 4, 5, 6])
      #expect(
        lines.map { $0.error?.field } == [nil, "constraints.via[0]", "cargo.count", nil, "alternatives"])
      #expect(lines.map { $0.error?.status } == [nil, 422, 422, 400, 422])
    }
  }

  @Test func aBatchOverTheLimitIsRefusedBeforeAnyRow() async throws {
    var configuration = ServerConfiguration(maxMatrixCells: 2)
    configuration.maxBatchBodyBytes = 200
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let three = String(repeating: #"{"from": "A", "to": "B"}"# + "\n", count: 3)
      let large = try ServerFixture.expectProblem(try await Self.post(three, client: client), status: 422)
      #expect(large.type.hasSuffix("batch-too-large") && large.detail.contains("3 requests"))
      let long = String(repeating: #"{"from": "A", "to": "B"}"# + "\n", count: 10)
      try ServerFixture.expectProblem(try await Self.post(long, client: client), status: 413)
    }
  }

  /// A client that reads the first line and hangs up: the server stops answering rows.
  @Test func aClientThatGoesAwayStopsTheBatch() async throws {
    let service = BookingService(network: try ServerFixture.service.get().network, dataVersion: "batch-gone")
    let app = SilkRouteServer.application(
      service: service, configuration: ServerConfiguration(), resources: try ServerFixture.resources.get())
    let body = String(
      repeating: #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time", "co2"]}"# + "\n",
      count: 3000)
    try await app.test(.live) { client in
      let connection = try RawConnection(port: try #require(client.port))
      connection.send(
        "POST /v1/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/jsonl\r\n"
          + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
      let first = await ServerHandlersMatrixTests.readUntilFirstLine(connection.fd)
      #expect(first.contains("200") && first.contains("\"index\""), "\(first.prefix(200))")
      connection.hangUp()
      try await Task.sleep(for: .milliseconds(500))
      let stopped = service.batchRowsAnswered
      try await Task.sleep(for: .seconds(1))
      #expect(service.batchRowsAnswered == stopped, "rows still answered after the client left")
      #expect(stopped < 1500, "\(stopped) of 3000 rows answered")
    }
  }
}
