import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `POST /v1/matrix`: every cell the answer `/v1/routes` gives its request, streamed as JSON
/// Lines or CSV; the matrix checked before its first byte; stopped when the client goes away.
@Suite(.serialized) struct ServerHandlersMatrixTests {
  struct Line: Decodable {
    var from: String
    var to: String
    var response: RouteResponse?
    var error: ProblemDetails?
  }

  static func post(_ json: String, csv: Bool = false, client: some TestClientProtocol) async throws
    -> TestResponse
  {
    var headers = ServerFixture.jsonHeaders
    if csv { headers[.accept] = "text/csv" }
    return try await client.execute(
      uri: "/v1/matrix", method: .post, headers: headers, body: ServerFixture.body(json))
  }

  static func lines(_ response: TestResponse) throws -> [Line] {
    let text = String(buffer: response.body)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
  }

  @Test func cellsAreTheAnswersOfTheirRequestsAsJSONLines() async throws {
    let service = try ServerFixture.service.get()
    try await ServerFixture.withLiveServer { client in
      let response = try await Self.post(
        #"{"from": ["Jiaozhou", "Moscow"], "to": "all", "objective": "fastest", "constraints": {"avoidCountries": ["RU"]}}"#,
        client: client)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/jsonl")
      let lines = try Self.lines(response)
      let count = service.network.cityCount
      #expect(lines.count == 2 * (count - 1))
      for line in lines {
        let alone = RouteRequest(
          from: line.from, to: line.to, objective: "fastest",
          constraints: RouteRequest.ConstraintSpec(avoidCountries: ["RU"]))
        do {
          #expect(line.response == (try service.answer(alone)), "\(line.from) → \(line.to)")
        } catch {
          #expect(line.error == ProblemDetails.from(error, request: alone), "\(line.from) → \(line.to)")
        }
      }
      // Moscow's cells and those to Russia fail (an avoided country); the rest are answered.
      #expect(lines.contains { $0.from == "Moscow" && $0.error?.field == "constraints.avoidCountries" })
      #expect(lines.filter { $0.response != nil }.count >= count - 8)
    }
  }

  @Test func csvWithAcceptTextCSV() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await Self.post(
        #"{"from": ["Jiaozhou"], "to": ["Hamburg", "Almaty"], "pareto": ["cost", "time"]}"#, csv: true,
        client: client)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
      let rows = String(buffer: response.body).split(separator: "\r\n")
      #expect(rows.first.map(String.init) == MatrixCSV.header.trimmingCharacters(in: .newlines))
      // Jiaozhou–Hamburg has 24 Pareto-optimal routes in cost and time.
      #expect(rows.filter { $0.hasPrefix("Jiaozhou,Hamburg,") }.count == 24)
      #expect(rows.contains { $0.hasPrefix("Jiaozhou,Almaty,1,") })
    }
  }

  @Test func theMatrixIsCheckedBeforeItsFirstByte() async throws {
    let configuration = ServerConfiguration(maxMatrixCells: 100)
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let unknown = try await Self.post(#"{"from": ["Jiaozhou", "Almati"], "to": "all"}"#, client: client)
      let problem = try ServerFixture.expectProblem(unknown, status: 422, field: "from[1]")
      #expect(problem.type.hasSuffix("unknown-city") && problem.detail.contains("'Almaty'"))
      try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "Jiaozhou", "to": "all"}"#, client: client), status: 422, field: "from"
      )
      try ServerFixture.expectProblem(
        try await Self.post(#"{"from": [], "to": "all"}"#, client: client), status: 422, field: "from")
      try ServerFixture.expectProblem(
        try await Self.post(#"{"to": "all"}"#, client: client), status: 422, field: "from")
      try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "all", "to": "all", "objective": "slowest"}"#, client: client),
        status: 422, field: "objective")
      try ServerFixture.expectProblem(
        try await Self.post(
          #"{"from": "all", "to": "all", "constraints": {"avoidCountries": ["Atlantis"]}}"#, client: client),
        status: 422, field: "constraints.avoidCountries[0]")
      let large = try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "all", "to": "all"}"#, client: client), status: 422, field: "from")
      #expect(large.type.hasSuffix("matrix-too-large"))
    }
  }

  /// A client that reads the first cell and hangs up: the server stops computing cells.
  @Test func aClientThatGoesAwayStopsTheMatrix() async throws {
    let (service, app, total) = try Self.liveMatrix(dataVersion: "gone")
    try await app.test(.live) { client in
      let connection = try Self.postMatrix(
        #"{"from": "all", "to": "all", "pareto": ["cost", "time", "co2"]}"#, port: try #require(client.port))
      let first = await Self.readUntilFirstLine(connection.fd)
      #expect(first.contains("200") && first.contains("\"from\""), "\(first.prefix(200))")
      connection.hangUp()
      try await Task.sleep(for: .milliseconds(500))
      let stopped = service.matrixCellsAnswered
      try await Task.sleep(for: .seconds(1))
      #expect(service.matrixCellsAnswered == stopped, "cells still computed after the client left")
      #expect(stopped < total / 2, "\(stopped) of \(total) cells computed")
    }
  }

  /// A client that reads nothing holds the matrix back: the cells run at most a window ahead of
  /// what the connection takes, instead of piling up in the server's memory.
  @Test func aClientThatDoesNotReadHoldsTheMatrixBack() async throws {
    let (service, app, total) = try Self.liveMatrix(dataVersion: "slow")
    try await app.test(.live) { client in
      let connection = try Self.postMatrix(#"{"from": "all", "to": "all"}"#, port: try #require(client.port))
      // Unhindered, the whole matrix takes about 2 s in a debug build.
      try await Task.sleep(for: .seconds(6))
      let computed = service.matrixCellsAnswered
      connection.hangUp()
      #expect(
        computed > 0 && computed < total / 2,
        "\(computed) of \(total) cells computed for a client that reads nothing")
    }
  }

  /// A server with its own booking service (so its cell counter is this test's alone), and the
  /// number of cells of an all × all matrix.
  static func liveMatrix(dataVersion: String) throws -> (BookingService, some ApplicationProtocol, Int) {
    let service = BookingService(network: try ServerFixture.service.get().network, dataVersion: dataVersion)
    let app = SilkRouteServer.application(
      service: service, configuration: ServerConfiguration(), resources: try ServerFixture.resources.get())
    return (service, app, service.network.cityCount * (service.network.cityCount - 1))
  }

  /// A raw connection to `port` that has sent `POST /v1/matrix` with `body`.
  static func postMatrix(_ body: String, port: Int) throws -> RawConnection {
    let connection = try RawConnection(port: port)
    connection.send(
      "POST /v1/matrix HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
    return connection
  }

  /// Reads (on a Dispatch thread) until the reply holds a line of the body.
  static func readUntilFirstLine(_ fd: Int32) async -> String {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        LoopbackSocket.setReceiveTimeout(fd, seconds: 30)
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !(text.components(separatedBy: "\r\n\r\n").dropFirst().first?.contains("}\n") ?? false) {
          let count = read(fd, &buffer, buffer.count)
          if count <= 0 { break }
          text += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        continuation.resume(returning: text)
      }
    }
  }
}
