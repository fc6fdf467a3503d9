import Testing

@testable import SilkRouteServer

/// The scanner finds every number literal with its JSON path and byte range, refuses what is not
/// JSON, and says which numbers an integer field cannot hold.
@Suite struct JSONNumberScannerTests {
  func numbers(_ json: String) -> [JSONNumberScanner.Number]? {
    JSONNumberScanner.numbers(in: Array(json.utf8))
  }

  @Test func findsEveryNumberWithItsPathAndRange() throws {
    let json =
      #"{"alternatives": 3, "constraints": {"maxLegs": -2, "via": ["A"]},"#
      + #" "disruptions": {"delays": [{"target": "x", "delayMinutes": 1.5e3}, {"delayMinutes": 0}]}}"#
    let found = try #require(numbers(json))
    #expect(
      found.map(\.path) == [
        "alternatives", "constraints.maxLegs", "disruptions.delays[0].delayMinutes",
        "disruptions.delays[1].delayMinutes",
      ])
    #expect(found.map(\.text) == ["3", "-2", "1.5e3", "0"])
    let bytes = Array(json.utf8)
    for number in found {
      #expect(String(decoding: bytes[number.range], as: UTF8.self) == number.text)
    }
  }

  @Test func numbersInsideStringsAreNotNumbers() throws {
    #expect(try #require(numbers(#"{"from": "12", "to": "\"3\" 4", "count": 5}"#)).map(\.path) == ["count"])
    #expect(try #require(numbers(#"[1, [2, {"a": [3]}]]"#)).map(\.path) == ["[0]", "[1][0]", "[1][1].a[0]"])
    #expect(numbers(#"{"a": true, "b": null, "c": "x"}"#) == [])
  }

  @Test func malformedJSONIsRefused() {
    for text in [
      "", "{", #"{"a": 1,}"#, #"{"a" 1}"#, "[01]", "[1.]", "[1e]", "[-]", "[.5]", #"{"a": 1} x"#,
      #"["unterminated]"#, "[tru]", "{a: 1}",
    ] {
      #expect(numbers(text) == nil, "\(text)")
    }
  }

  @Test func nestingDeeperThanTheMaximumIsRefused() {
    let depth = JSONNumberScanner.maximumDepth
    let shallow = String(repeating: "[", count: depth - 1) + "1" + String(repeating: "]", count: depth - 1)
    #expect(numbers(shallow)?.count == 1)
    let deep = String(repeating: "[", count: depth + 1) + "1" + String(repeating: "]", count: depth + 1)
    #expect(numbers(deep) == nil)
  }

  @Test func integerProblemNamesWhatAnIntegerFieldCannotHold() throws {
    func problem(_ text: String) throws -> String? {
      try #require(numbers("[\(text)]")?.first).integerProblem
    }
    #expect(try problem("7") == nil)
    #expect(try problem("-7") == nil)
    #expect(try problem("7.0") == nil)
    #expect(try problem("7e2") == nil)
    #expect(try problem("9223372036854775807") == nil)
    #expect(try problem("1.5") == "expected a whole number, found 1.5")
    #expect(try problem("1e400") == "1e400 is out of range for an integer")
    #expect(
      try problem("9223372036854775808")
        == "9223372036854775808 is out of range (an integer from -9223372036854775808 to 9223372036854775807)"
    )
  }
}
