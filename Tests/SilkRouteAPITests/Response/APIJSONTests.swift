import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// The JSON every front-end writes: compact, keys sorted, slashes not escaped — byte for byte
/// the shared `JSONOutput` configuration.
@Suite struct APIJSONTests {
  struct Sample: Encodable {
    var zeta = 1
    var alpha = "a/b"
    var middle = ["y": 2, "x": 1]
  }

  @Test func compactSortedAndSlashesUnescaped() throws {
    let text = String(decoding: try APIJSON.encode(Sample()), as: UTF8.self)
    #expect(text == #"{"alpha":"a/b","middle":{"x":1,"y":2},"zeta":1}"#)
    #expect(try APIJSON.encode(Sample()) == JSONOutput.encode(Sample()))
  }

  @Test func prettyPrintingIsTheOnlyOtherChoice() throws {
    let pretty = String(decoding: try JSONOutput.encode(Sample(), prettyPrinted: true), as: UTF8.self)
    #expect(pretty.contains("\n") && pretty.contains(#""alpha" : "a/b""#))
    let alpha = try #require(pretty.range(of: "alpha"))
    let zeta = try #require(pretty.range(of: "zeta"))
    #expect(alpha.lowerBound < zeta.lowerBound)
  }

  @Test func equalValuesGiveEqualBytes() throws {
    var first: [String: Int] = [:]
    var second: [String: Int] = [:]
    for key in (0..<50).map(String.init) { first[key] = 1 }
    for key in (0..<50).map(String.init).reversed() { second[key] = 1 }
    #expect(try APIJSON.encode(first) == APIJSON.encode(second))
  }

  /// Whole answers of every kind: the bytes `JSONEncoder` writes in the same configuration.
  @Test func answersEncodeToJSONEncodersBytes() throws {
    let service = try BundledService.shared.get()
    var requests = [
      RouteRequest(from: "Jiaozhou", to: "Hamburg"),
      RouteRequest(from: "Jiaozhou", to: "Almaty", pareto: ["cost", "time", "co2"]),
    ]
    requests[0].billOfLadingDraft = true
    var sweep = RouteRequest(from: "Jiaozhou", to: "Moscow")
    sweep.departWindow = .init(from: "2024-07-20", to: "2024-07-23")
    requests.append(sweep)
    var alternatives = RouteRequest(from: "Jiaozhou", to: "Budapest")
    alternatives.alternatives = 3
    alternatives.currency = "EUR"
    requests.append(alternatives)
    for request in requests {
      let response = try service.answer(request)
      let expected = try JSONOutput.encoder().encode(response)
      let bytes = try APIJSON.encode(response)
      if bytes != expected {
        let a = String(decoding: bytes, as: UTF8.self)
        let b = String(decoding: expected, as: UTF8.self)
        let common = zip(a, b).prefix { $0 == $1 }.count
        Issue.record(
          "differs at \(common): ours …\(a.dropFirst(max(0, common - 80)).prefix(160))… JSONEncoder …\(b.dropFirst(max(0, common - 80)).prefix(160))"
        )
      }
    }
  }
}
