/// A value in canonical JSON: objects' keys sorted by their UTF-8 bytes, no whitespace, strings
/// escaped as JSON requires (`"`, `\`, control characters) and nothing else, integers in decimal.
///
/// What ``QuoteKey`` hashes. Built by ``CanonicalJSONEncoder`` straight from a value's `Encodable`
/// conformance — every field a type encodes is in it, as `JSONEncoder` would write it (nil
/// optionals left out), without `JSONEncoder`'s dynamic casts, unicode-aware key sort and `Data`.
enum CanonicalJSON: Sendable {
  case null
  case bool(Bool)
  /// A number's decimal text, as written.
  case number(String)
  case string(String)
  case array([CanonicalJSON])
  /// Members in the order encoded; ``write(to:)`` sorts them.
  case object([(key: String, value: CanonicalJSON)])

  /// Writes the value's canonical bytes to `sink`.
  func write(to sink: inout some CanonicalSink) {
    switch self {
    case .null: sink.append(contentsOf: "null".utf8)
    case .bool(let value): sink.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let text): sink.append(contentsOf: text.utf8)
    case .string(let text): Self.writeString(text, to: &sink)
    case .array(let items):
      sink.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { sink.append(UInt8(ascii: ",")) }
        item.write(to: &sink)
      }
      sink.append(UInt8(ascii: "]"))
    case .object(let members):
      sink.append(UInt8(ascii: "{"))
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (index, member) in sorted.enumerated() {
        if index > 0 { sink.append(UInt8(ascii: ",")) }
        Self.writeString(member.key, to: &sink)
        sink.append(UInt8(ascii: ":"))
        member.value.write(to: &sink)
      }
      sink.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ text: String, to sink: inout some CanonicalSink) {
    sink.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        sink.append(UInt8(ascii: "\\"))
        sink.append(byte)
      case 0x0A: sink.append(contentsOf: #"\n"#.utf8)
      case 0x0D: sink.append(contentsOf: #"\r"#.utf8)
      case 0x09: sink.append(contentsOf: #"\t"#.utf8)
      case ..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        sink.append(contentsOf: #"\u00"#.utf8)
        sink.append(hex[Int(byte >> 4)])
        sink.append(hex[Int(byte & 0xF)])
      default: sink.append(byte)
      }
    }
    sink.append(UInt8(ascii: "\""))
  }
}

extension CanonicalJSON {
  /// A floating-point number's shortest round-tripping decimal text.
  ///
  /// - Throws: `EncodingError.invalidValue` for infinity and NaN, which JSON cannot write.
  static func finite(_ value: Double) throws -> CanonicalJSON {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: [], debugDescription: "not a finite number: \(value)"))
    }
    return .number(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
  }
}
