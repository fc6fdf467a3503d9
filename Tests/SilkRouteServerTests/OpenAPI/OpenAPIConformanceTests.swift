import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteServer
import Testing

/// `/openapi.json` tells the truth: every endpoint is sent its successes and each kind of error
/// over a real connection, and `scripts/openapi-check.py` validates the document
/// (openapi-spec-validator) and each recorded response against the schema of its operation,
/// status and content type (jsonschema), failing on any status the document does not list.
///
/// Needs the Python packages `bash scripts/setup.sh` installs (in `.build/openapi-venv`).
@Suite struct OpenAPIConformanceTests {
  /// A request and the status it is meant to get (so a probe cannot drift into another case).
  struct Probe: Sendable, CustomStringConvertible {
    var method: HTTPRequest.Method
    var path: String
    var body: String?
    var status: Int
    /// The `Accept` header, when the probe asks for another content type.
    var accept: String?

    var description: String { "\(method.rawValue) \(path) \(body.map { String($0.prefix(120)) } ?? "")" }

    static func route(_ body: String, _ status: Int = 200) -> Probe {
      Probe(method: .post, path: ServerEndpoint.routes.path, body: body, status: status)
    }

    static func matrix(_ body: String, _ status: Int = 200, accept: String? = nil) -> Probe {
      Probe(method: .post, path: ServerEndpoint.matrix.path, body: body, status: status, accept: accept)
    }
  }

  static let probes: [Probe] =
    ServerEndpoint.served.filter { $0.method == .get || $0.method == .head }.map {
      Probe(method: $0.method, path: $0.path, body: nil, status: 200)
    } + [
      // Plain, with every cargo field, Pareto (two criteria and with documents), alternatives, a
      // departure time (timetables: departure, arrival, departsAt), constraints.
      .route(
        #"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}"#
      ),
      .route(
        #"{"from": "Jiaozhou", "to": "Hamburg", "cargo": {"unit": "TEU", "count": 2, "cargoClass": "general", "declaredValueUSD": "250000"}}"#
      ),
      .route(
        #"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "kg", "count": 800}, "objective": "fastest"}"#
      ),
      .route(#"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time"]}"#),
      // By sea under a through B/L: the fee step.
      .route(#"{"from": "Jiaozhou", "to": "Busan"}"#),
      .route(#"{"from": "Jiaozhou", "to": "Moscow", "pareto": ["cost", "documents"]}"#),
      .route(#"{"from": "Jiaozhou", "to": "Tashkent", "alternatives": 3}"#),
      .route(#"{"from": "Jiaozhou", "to": "Hamburg", "depart": "2026-12-01T08:00Z"}"#),
      .route(
        #"{"from": "Jiaozhou", "to": "Hamburg", "constraints": {"avoidModes": ["air"], "maxTransfers": 6}}"#),
      // Latest departure, a what-if against its baseline, a B/L draft, a field of a later version.
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "arriveBy": "2026-12-20T00:00Z"}"#),
      .route(
        #"{"from": "Jiaozhou", "to": "Hamburg", "disruptions": {"close": ["Suez"], "delays": [{"target": "Brest-Malaszewicze", "delayMinutes": 14400}]}}"#
      ),
      .route(
        #"{"from": "Jiaozhou", "to": "Hamburg", "billOfLadingDraft": true, "constraints": {"singleBillOfLading": true, "deadline": "2027-01-10T00:00Z"}, "depart": "2026-12-01T08:00Z"}"#
      ),
      .route(
        #"{"from": "Jiaozhou", "to": "Almaty", "currency": "EUR", "incoterm": "FCA", "cargo": {"unit": "FEU", "count": 1, "hsCode": "8471"}}"#
      ),
      // A departure sweep, with departures that have a route and one that has none.
      .route(
        #"{"from": "Jiaozhou", "to": "Moscow", "departWindow": {"from": "2026-12-01", "to": "2026-12-04", "everyMinutes": 1440}}"#
      ),
      .route(
        #"{"from": "Moscow", "to": "Helsinki", "constraints": {"avoidModes": ["sea", "road", "air"]}, "departWindow": {"from": "2022-03-20", "to": "2022-04-03", "everyMinutes": 10080}}"#
      ),
      .route(
        #"{"from": "Jiaozhou", "to": "Moscow", "depart": "2026-12-01", "departWindow": {"from": "2026-12-01", "to": "2026-12-04"}}"#,
        422),
      // 400: not JSON, not an object.
      .route("not json", 400),
      .route("[1, 2]", 400),
      // 422: invalid and missing fields, unknown cities, same origin and destination, no route.
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "pallets", "count": 1}}"#, 422),
      .route(#"{"from": "Jiaozhou"}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "pareto": ["cost", "time"], "alternatives": 2}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "constraints": {"avoidCountries": ["Narnia"]}}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Atlantis"}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Hamburg", "constraints": {"via": ["Nowhere"]}}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "jiaozhou"}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "alternatives": 1.5}"#, 422),
      .route(#"{"from": "Jiaozhou", "to": "Almaty", "depart": "2026-02-30T08:00Z"}"#, 422),
      .route(
        #"{"from": "Jiaozhou", "to": "Hamburg", "constraints": {"avoidModes": ["sea", "rail", "road", "air"]}}"#,
        422),
      // Matrices: JSON Lines with answers and cells' problems (an avoided country), a Pareto
      // front as CSV; a city of a list unknown, a list that is not one, not JSON.
      .matrix(
        #"{"from": ["Jiaozhou", "Moscow"], "to": ["Hamburg", "Almaty"], "constraints": {"avoidCountries": ["RU"]}}"#
      ),
      .matrix(#"{"from": ["Jiaozhou"], "to": "all", "alternatives": 2}"#),
      .matrix(#"{"from": ["Jiaozhou"], "to": ["Hamburg"], "pareto": ["cost", "time"]}"#, accept: "text/csv"),
      .matrix(#"{"from": ["Jiaozhou", "Almati"], "to": "all"}"#, 422),
      .matrix(#"{"from": "Jiaozhou", "to": "all"}"#, 422),
      .matrix("not json", 400),
      // Batches (a JSON array: the checker reads request bodies as JSON): answers, rows' problems
      // (an unknown city, not an object, a field of the wrong type) and ids, a front, alternatives.
      Probe(
        method: .post, path: ServerEndpoint.batch.path,
        body: #"""
          [{"id": "a", "from": "Jiaozhou", "to": "Almaty", "pareto": ["cost", "time"]},
           {"id": 2, "from": "Jiaozhou", "to": "Atlantis"}, 1,
           {"from": "Jiaozhou", "to": "Almaty", "alternatives": "two"},
           {"from": "Jiaozhou", "to": "Hamburg", "alternatives": 2}]
          """#, status: 200),
      Probe(method: .post, path: ServerEndpoint.batch.path, body: "[{", status: 400),
      // 413: over 64 KiB.
      .route(
        #"{"from": "Jiaozhou", "to": "Almaty", "note": "\#(String(repeating: "x", count: 70 * 1024))"}"#, 413),
      // 404: unknown paths; 405: known paths, other methods (HEAD where there is no GET).
      Probe(method: .get, path: "/v2/routes", status: 404),
      Probe(method: .head, path: "/nowhere", status: 404),
      Probe(method: .get, path: ServerEndpoint.routes.path, status: 405),
      Probe(method: .head, path: ServerEndpoint.routes.path, status: 405),
      Probe(method: .delete, path: ServerEndpoint.cities.path, status: 405),
      Probe(method: .post, path: ServerEndpoint.health.path, body: "{}", status: 405),
      Probe(method: .put, path: ServerEndpoint.openAPI.path, body: "{}", status: 405),
    ]

  /// Sends every probe to a live server and records the answers, with the served document.
  static func record(_ probes: [Probe]) async throws -> (document: Data, exchanges: [RecordedExchange]) {
    try await ServerFixture.withLiveServer { client in
      var exchanges: [RecordedExchange] = []
      for probe in probes {
        var headers = probe.body == nil ? [:] : ServerFixture.jsonHeaders
        if let accept = probe.accept { headers[.accept] = accept }
        let response = try await client.execute(
          uri: probe.path, method: probe.method, headers: headers, body: probe.body.map(ServerFixture.body))
        #expect(response.status.code == probe.status, "\(probe)")
        exchanges.append(
          RecordedExchange(
            method: probe.method, path: probe.path, requestBody: probe.body, response: response))
      }
      let document = try await client.execute(uri: ServerEndpoint.openAPI.path, method: .get)
      return (Data(document.body.readableBytesView), exchanges)
    }
  }

  /// What only a raw connection or a server with small limits produces: 400 for a malformed
  /// chunk, 408 for a slow body, 422 over the time budget, 503 when every heavy thread is busy,
  /// 403 for the whole-network map over the drawing limit.
  static func recordLimits() async throws -> [RecordedExchange] {
    let configuration = ServerConfiguration(
      networkDiagramServiceLimit: 10, searchLimits: SearchLimits(time: .seconds(2)), heavySearches: 1,
      maxQueuedSearches: 0, bodyReadTimeout: .milliseconds(300))
    return try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let port = try #require(client.port)
      let path = ServerEndpoint.routes.path
      var exchanges: [RecordedExchange] = []
      func record(_ request: String, body: String?, status: Set<Int>) async throws {
        let (reply, _) = try await RawConnection.exchange(port: port, request, idleSeconds: 30)
        let answer = try #require(reply, "\(request.prefix(200))")
        #expect(status.contains(answer.status), "\(request.prefix(200))")
        exchanges.append(RecordedExchange(method: "POST", path: path, requestBody: body, reply: answer))
      }
      let head = "POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      try await record(
        head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", body: nil, status: [400])
      try await record(head + "Content-Length: 40\r\n\r\n{", body: nil, status: [408])
      // A front stopped at 2 s is answered as far as it was proved (200, `paretoIncomplete`), or
      // refused when it found no route by then (422).
      let runawayFront =
        #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time", "co2", "documents"], "constraints": {"via": ["Moscow", "Almaty", "Moscow", "Almaty", "Moscow", "Almaty"]}}"#
      try await record(RawConnection.post(runawayFront), body: runawayFront, status: [200, 422])
      // Twenty alternatives through ten via points: 9 s in a debug build, stopped at 2 s.
      let via = Array(repeating: #""Moscow", "Almaty""#, count: 5).joined(separator: ", ")
      let runaway =
        #"{"from": "Jiaozhou", "to": "Hamburg", "alternatives": 20, "constraints": {"via": [\#(via)]}}"#
      try await record(RawConnection.post(runaway), body: runaway, status: [422])
      // A runaway holds the only heavy thread (and the queue takes none): the next is refused.
      let front = #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time"]}"#
      let refused = try await RawConnection.whileHeld(
        port: port, by: RawConnection.post(runaway), probe: RawConnection.post(front))
      let reply = try #require(refused)
      #expect(reply.status == 503)
      exchanges.append(RecordedExchange(method: "POST", path: path, requestBody: front, reply: reply))
      for method in [HTTPRequest.Method.get, .head] {
        let map = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: method)
        #expect(map.status.code == 403, "\(method)")
        exchanges.append(
          RecordedExchange(
            method: method, path: ServerEndpoint.networkSVG.path, requestBody: nil, response: map))
      }
      return exchanges
    }
  }

  @Test func everyResponseValidatesAgainstTheDocument() async throws {
    var (document, exchanges) = try await Self.record(Self.probes)
    exchanges += try await Self.recordLimits()
    // Every endpoint the server answers is probed.
    let probed = Set(exchanges.map { "\($0.method) \($0.path)" })
    for endpoint in ServerEndpoint.served {
      #expect(probed.contains(endpoint.description), "\(endpoint) is not probed")
    }
    let outcome = try OpenAPIChecker.run(document: document, exchanges: exchanges)
    #expect(outcome.exitCode == 0, "\(outcome.output)")
    print(outcome.output, terminator: "")
  }

  /// The checker is no rubber stamp: a key the schema does not list, an undocumented status, a
  /// wrong content type and a HEAD with a body each fail it.
  @Test func checkerRejectsWhatTheDocumentDoesNotSay() async throws {
    let (document, recorded) = try await Self.record([
      Probe(method: .get, path: ServerEndpoint.health.path, status: 200),
      .route(#"{"from": "Jiaozhou", "to": "Atlantis"}"#, 422),
    ])
    let health = try #require(recorded.first)
    let problem = try #require(recorded.last)
    var extraKey = health
    extraKey.body = String(extraKey.body.dropLast()) + #","uptimeSeconds":5}"#
    var undocumentedStatus = health
    undocumentedStatus.status = 503
    var wrongType = problem
    wrongType.headers["content-type"] = "application/json"
    var headWithBody = health
    headWithBody.method = "HEAD"
    var wrongProblemStatus = problem
    wrongProblemStatus.body = wrongProblemStatus.body.replacingOccurrences(of: "422", with: "400")
    let outcome = try OpenAPIChecker.run(
      document: document,
      exchanges: [extraKey, undocumentedStatus, wrongType, headWithBody, wrongProblemStatus])
    #expect(outcome.exitCode == 1, "\(outcome.output)")
    for expected in [
      "'uptimeSeconds' was unexpected", "status 503 is not documented", "content type 'application/json'",
      "a HEAD response has a body", "422 was expected",
    ] {
      #expect(outcome.output.contains(expected), "\(expected): \(outcome.output)")
    }
  }
}
