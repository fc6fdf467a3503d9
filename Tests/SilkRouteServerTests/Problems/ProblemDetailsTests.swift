import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import Testing

@testable import SilkRouteServer

/// Every error is an RFC 9457 problem with the documented status, over a real connection.
@Suite struct ProblemDetailsTests {
  static func post(_ body: String, to client: some TestClientProtocol) async throws -> TestResponse {
    try await client.execute(
      uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body))
  }

  @Test func malformedJSONIs400() async throws {
    try await ServerFixture.withLiveServer { client in
      for body in [#"{"from": "Jiaozhou", "to": "#, "", "not json", "[1, 2]", "null"] {
        let problem = try ServerFixture.expectProblem(try await Self.post(body, to: client), status: 400)
        #expect(problem.type == "urn:silkroute:problem:malformed-json", "\(body)")
      }
    }
  }

  @Test func badFieldIs422NamingIt() async throws {
    try await ServerFixture.withLiveServer { client in
      let cases: [(String, String)] = [
        (#"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "pallets", "count": 1}}"#, "cargo.unit"),
        (#"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 0}}"#, "cargo.count"),
        (#"{"from": "Jiaozhou", "to": "Almaty", "objective": "scenic"}"#, "objective"),
        (#"{"from": "Jiaozhou", "to": "Almaty", "pareto": ["cost", "beauty"]}"#, "pareto[1]"),
        (
          #"{"from": "Jiaozhou", "to": "Almaty", "constraints": {"avoidModes": ["rail", "teleport"]}}"#,
          "constraints.avoidModes[1]"
        ),
        // A delay of 2^63 - 1 minutes overflowed the search and crashed the server (found by the
        // fuzz suite); delays are at most a year.
        (
          #"{"from": "Hanoi", "to": "Nanning", "disruptions": {"delays": [{"target": "Vientiane", "delayMinutes": 9223372036854775807}]}}"#,
          "disruptions.delays[0].delayMinutes"
        ),
        // Wrong shape: a missing key and a wrong type name the field too.
        (#"{"from": "Jiaozhou"}"#, "to"),
        (#"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": "one"}}"#, "cargo.count"),
        (
          #"{"from": "Jiaozhou", "to": "Almaty", "constraints": {"via": ["Moscow", 7]}}"#,
          "constraints.via[1]"
        ),
      ]
      for (body, field) in cases {
        try ServerFixture.expectProblem(try await Self.post(body, to: client), status: 422, field: field)
      }
    }
  }

  /// Foundation says "not valid JSON", with no path, of a number an integer field cannot hold; the
  /// server finds the field.
  @Test func numberAnIntegerFieldCannotHoldIs422NamingIt() async throws {
    try await ServerFixture.withLiveServer { client in
      let cases: [(String, String, String)] = [
        (#""alternatives": 1.5"#, "alternatives", "whole number"),
        (#""cargo": {"unit": "FEU", "count": 9223372036854775808}"#, "cargo.count", "out of range"),
        (#""cargo": {"unit": "FEU", "count": -9223372036854775809}"#, "cargo.count", "out of range"),
        (#""constraints": {"maxLegs": 1.5}"#, "constraints.maxLegs", "whole number"),
        (#""constraints": {"maxTransfers": 2e-1}"#, "constraints.maxTransfers", "whole number"),
        (#""constraints": {"maxDurationMinutes": 1e400}"#, "constraints.maxDurationMinutes", "out of range"),
        (
          #""disruptions": {"delays": [{"target": "Suez", "delayMinutes": 60}, {"target": "Suez", "delayMinutes": 0.5}]}"#,
          "disruptions.delays[1].delayMinutes", "whole number"
        ),
      ]
      for (fields, field, words) in cases {
        let body = #"{"from": "Jiaozhou", "to": "Almaty", \#(fields)}"#
        let problem = try ServerFixture.expectProblem(
          try await Self.post(body, to: client), status: 422, field: field)
        #expect(problem.type == "urn:silkroute:problem:invalid-field")
        #expect(problem.detail.contains(words), "\(problem.detail)")
      }
      // Integral numbers in any notation are integers; numbers in unknown fields are not read.
      for fields in [
        #""alternatives": 2.0"#, #""alternatives": 2e0"#, #""note": 1.5, "extra": {"n": 1e300}"#,
      ] {
        let body = #"{"from": "Jiaozhou", "to": "Almaty", \#(fields)}"#
        #expect(try await Self.post(body, to: client).status == .ok, "\(fields)")
      }
      // Still malformed JSON when something else is wrong too.
      for body in [
        #"{"from": "Jiaozhou", "to": "Almaty", "alternatives": 1.5,}"#,
        #"{"from": "Jiaozhou", "to": "Almaty", "alternatives": 1.5"#,
        #"{"from": "Jiaozhou", "to": "Almaty", "alternatives": 1.5, "x": 1.}"#,
      ] {
        let problem = try ServerFixture.expectProblem(try await Self.post(body, to: client), status: 400)
        #expect(problem.type == "urn:silkroute:problem:malformed-json", "\(body)")
      }
      // A number out of every range, even in a field that is not read, is not JSON the server reads.
      let huge = try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "Jiaozhou", "to": "Almaty", "note": 1e400}"#, to: client), status: 400)
      #expect(huge.type == "urn:silkroute:problem:malformed-json" && huge.detail.contains("1e400"))
      // A malformed date-time (the offset `+-9:-9` was read as 17:09Z) is refused naming the field.
      try ServerFixture.expectProblem(
        try await Self.post(
          #"{"from": "Jiaozhou", "to": "Almaty", "depart": "2026-12-01T08:00+-9:-9"}"#, to: client),
        status: 422, field: "depart")
    }
  }

  /// Names echoed from the request keep to one line and carry no terminal escapes.
  @Test func echoedInputIsEscaped() async throws {
    try await ServerFixture.withLiveServer { client in
      let cases: [(String, String, String)] = [
        (#"{"from": "Mos\u001b[31mcow", "to": "Almaty"}"#, "from", #"Mos\u{1b}[31mcow"#),
        (#"{"from": "Jiaozhou", "to": "x\r\ny"}"#, "to", #"x\u{d}\u{a}y"#),
        (
          #"{"from": "Jiaozhou", "to": "Almaty", "constraints": {"avoidCountries": ["\u001b]0;pwned\u0007"]}}"#,
          "constraints.avoidCountries[0]", #"\u{1b}]0;pwned\u{7}"#
        ),
      ]
      for (body, field, escaped) in cases {
        let response = try await Self.post(body, to: client)
        let problem = try ServerFixture.expectProblem(response, status: 422, field: field)
        #expect(problem.detail.contains(escaped), "\(problem.detail)")
        #expect(!problem.detail.unicodeScalars.contains { $0.properties.generalCategory == .control })
        let text = String(buffer: response.body)
        #expect(!text.contains(#"\u001b"#) && !text.contains(#"\r"#) && !text.contains(#"\n"#), "\(text)")
      }
    }
  }

  @Test func unknownCityIs422NamingTheField() async throws {
    try await ServerFixture.withLiveServer { client in
      let problem = try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "Jiaozhou", "to": "Atlantis"}"#, to: client), status: 422, field: "to")
      #expect(problem.type == "urn:silkroute:problem:unknown-city")
      #expect(problem.detail.contains("Atlantis"))
      try ServerFixture.expectProblem(
        try await Self.post(
          #"{"from": "Jiaozhou", "to": "Hamburg", "constraints": {"via": ["Nowhere"]}}"#, to: client),
        status: 422, field: "constraints.via[0]")
    }
  }

  @Test func noRouteIs422() async throws {
    try await ServerFixture.withLiveServer { client in
      let body =
        #"{"from": "Jiaozhou", "to": "Hamburg", "constraints": {"avoidModes": ["sea", "rail", "road", "air"]}}"#
      let problem = try ServerFixture.expectProblem(try await Self.post(body, to: client), status: 422)
      #expect(problem.type == "urn:silkroute:problem:no-route")
    }
  }

  @Test func oversizedBodyIs413() async throws {
    try await ServerFixture.withLiveServer { client in
      let padding = String(repeating: "x", count: 70 * 1024)
      let body = #"{"from": "Jiaozhou", "to": "Almaty", "note": "\#(padding)"}"#
      let problem = try ServerFixture.expectProblem(try await Self.post(body, to: client), status: 413)
      #expect(problem.type == "urn:silkroute:problem:body-too-large")
    }
  }

  @Test func bodyJustUnderTheLimitIsAccepted() async throws {
    try await ServerFixture.withLiveServer { client in
      let head = #"{"from": "Jiaozhou", "to": "Almaty", "note": ""#
      let padding = String(repeating: "x", count: 64 * 1024 - head.utf8.count - 2)
      let body = head + padding + #""}"#
      #expect(body.utf8.count == 64 * 1024)
      let response = try await Self.post(body, to: client)
      #expect(response.status == .ok)
    }
  }

  @Test func unknownPathIs404AndWrongMethodIs405() async throws {
    try await ServerFixture.withLiveServer { client in
      try ServerFixture.expectProblem(try await client.execute(uri: "/v2/routes", method: .get), status: 404)
      let wrong = try await client.execute(uri: "/v1/routes", method: .get)
      try ServerFixture.expectProblem(wrong, status: 405)
      #expect(wrong.headers[.allow] == "POST")
      let delete = try await client.execute(uri: "/v1/cities", method: .delete)
      try ServerFixture.expectProblem(delete, status: 405)
      #expect(delete.headers[.allow] == "GET, HEAD")
      // The server is still answering after all that.
      #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
    }
  }

  @Test func sameOriginAndDestinationNamesTo() async throws {
    try await ServerFixture.withLiveServer { client in
      let problem = try ServerFixture.expectProblem(
        try await Self.post(#"{"from": "Jiaozhou", "to": "jiaozhou"}"#, to: client), status: 422, field: "to")
      #expect(problem.type == "urn:silkroute:problem:same-origin-and-destination")
    }
  }

  @Test func everyErrorMapsToADocumentedStatus() {
    let request = RouteRequest(from: "Qingdao", to: "Moscow")
    let ambiguous = ProblemDetails.from(
      RoutingError.ambiguousCity("Qingdao", candidates: ["a", "b"]), request: request)
    #expect(ambiguous.status == 422 && ambiguous.field == "from")
    #expect(ProblemDetails.from(RoutingError.searchTooLarge(labels: 10)).status == 422)
    let overBudget = ProblemDetails.from(
      RoutingError.budgetExceeded(.time(limit: .seconds(5), spent: .milliseconds(5012))))
    #expect(overBudget.status == 422 && overBudget.type == "urn:silkroute:problem:budget-exceeded")
    #expect(
      overBudget.detail.contains("time budget of 5 s (stopped after 5.01 s)")
        && overBudget.detail.contains("constraints.maxLegs"), "\(overBudget.detail)")
    #expect(ProblemDetails.from(RoutingError.cancelled).status == 503)
    let invalid = ProblemDetails.from(RoutingError.invalidQuery(.maxLegs, "x"), request: request)
    #expect(invalid.type == "urn:silkroute:problem:invalid-query" && invalid.field == "constraints.maxLegs")
    // Core errors are phrased with JSON paths and the API's listings, never with CLI flags.
    let unknown = ProblemDetails.from(
      RoutingError.unknownName("Narnia", kind: .country, suggestions: []),
      request: RouteRequest(
        from: "Jiaozhou", to: "Almaty", constraints: .init(avoidCountries: ["KZ", "Narnia"])))
    #expect(
      unknown.field == "constraints.avoidCountries[1]"
        && unknown.detail.contains("GET /v1/names lists them all (countries)"))
    let tooLarge = ProblemDetails.from(RoutingError.searchTooLarge(labels: 10))
    #expect(tooLarge.detail.contains("constraints.maxLegs") && !tooLarge.detail.contains("--"))
    #expect(ProblemDetails.from(RequestError(field: "depart", message: "bad")).field == "depart")
    // Anything unexpected is a 500 that reveals nothing of the error.
    struct Secret: Error { var password = "hunter2" }
    let hidden = ProblemDetails.from(Secret())
    #expect(hidden.status == 500 && !hidden.detail.contains("hunter2"))
  }
}
