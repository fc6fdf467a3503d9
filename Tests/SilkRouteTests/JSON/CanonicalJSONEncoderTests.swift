import Foundation
import Testing

@testable import SilkRoute

/// Canonical JSON: keys in byte order at every depth, JSON's escapes, nil members left out, and
/// the bytes of `JSONEncoder` with sorted keys.
@Suite struct CanonicalJSONEncoderTests {
  /// Both encodings parsed: equal objects.
  func parsed(_ data: Data) throws -> NSObject {
    try #require(JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject)
  }

  func jsonEncoder(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  struct Sample: Encodable {
    var text: String
    var zebra: Int
    var alpha: [Int?]
    var nested: [String: Bool]
    var absent: String?
    var ratio: Double
  }

  /// Keys in byte order at every depth, escapes as JSON requires, nil members left out, nil
  /// elements written as null, whole doubles as integers.
  @Test func bytesAreCanonical() throws {
    let sample = Sample(
      text: "a\"b\\c\nd\u{1}é/", zebra: -3, alpha: [1, nil], nested: ["b": true, "B": false, "a": false],
      absent: nil, ratio: 2)
    let bytes = String(decoding: try CanonicalJSONEncoder.encode(sample).bytes, as: UTF8.self)
    #expect(
      bytes
        == #"{"alpha":[1,null],"nested":{"B":false,"a":false,"b":true},"ratio":2,"text":"a\"b\\c\nd\u0001é/","zebra":-3}"#
    )
    #expect(try Data(bytes.utf8) == jsonEncoder(sample))
  }

  @Test func infinityIsRefused() {
    #expect(throws: EncodingError.self) { try CanonicalJSONEncoder.encode([Double.infinity]) }
  }

  /// Strings as `JSONEncoder` writes them, byte for byte: every control character, quotes,
  /// backslashes, slashes, DEL and non-ASCII text.
  @Test func stringsAreWrittenAsJSONEncoderWritesThem() throws {
    let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
    let values = [controls, "\"\\/\u{7F}", "Zamyn-Üüd 中国 \u{2028} 🚂"]
    var bytes: [UInt8] = []
    try CanonicalJSONEncoder.write(values, to: &bytes)
    let expected = try jsonEncoder(values)
    #expect(
      Data(bytes) == expected,
      "\(String(decoding: bytes, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
  }

  /// Numbers as `JSONEncoder` writes them, byte for byte.
  @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
    let values: [Double] = [0, 2, -3.5, 0.1, 1e-7, 1e15, 1.5e15, 1e16, 123_456.789, -0.0]
    var bytes: [UInt8] = []
    try CanonicalJSONEncoder.write(values, to: &bytes)
    let expected = try jsonEncoder(values)
    #expect(
      Data(bytes) == expected,
      "\(String(decoding: bytes, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
  }
}

extension CanonicalJSON {
  var bytes: [UInt8] {
    var bytes: [UInt8] = []
    write(to: &bytes)
    return bytes
  }
}
