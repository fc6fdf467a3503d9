import Foundation
import SilkRoute
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
}
