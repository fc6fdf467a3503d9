import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// The quote key's canonical JSON holds exactly what `JSONEncoder` writes, keys sorted by bytes.
@Suite struct CanonicalJSONEncoderTests {
  /// Both encodings parsed: equal objects.
  func parsed(_ data: Data) throws -> NSObject {
    try #require(JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject)
  }

  func jsonEncoder(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
  }

  /// Every variant of the quote key tests (one per request field): the same object as
  /// `JSONEncoder`'s, so no field is lost or changed on the way into the id.
  @Test func quoteKeysEncodeAsJSONEncoderDoes() throws {
    let service = try BundledService.shared.get()
    for (field, change) in QuoteKeyTests.variants {
      var request = QuoteKeyTests.base
      change(&request)
      let key = service.quoteKey(for: try request.plan())
      #expect(try parsed(key.canonicalJSON) == parsed(jsonEncoder(key)), "field \(field)")
    }
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
    #expect(try parsed(Data(bytes.utf8)) == parsed(jsonEncoder(sample)))
  }

  @Test func infinityIsRefused() {
    #expect(throws: EncodingError.self) { try CanonicalJSONEncoder.encode([Double.infinity]) }
  }
}

extension CanonicalJSON {
  var bytes: [UInt8] {
    var bytes: [UInt8] = []
    write(to: &bytes)
    return bytes
  }
}
