/// A single value: sets its encoder's node.
struct CanonicalSingleValueContainer: SingleValueEncodingContainer {
  let encoder: CanonicalJSONEncoder
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() { encoder.node = .value(.null) }
  mutating func encode(_ value: Bool) { encoder.node = .value(.bool(value)) }
  mutating func encode(_ value: String) { encoder.node = .value(.string(value)) }
  mutating func encode(_ value: Double) throws { encoder.node = .value(try number(value)) }
  mutating func encode(_ value: Float) throws { encoder.node = .value(try number(Double(value))) }
  mutating func encode(_ value: Int) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: Int8) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: Int16) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: Int32) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: Int64) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: UInt) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: UInt8) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: UInt16) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: UInt32) { encoder.node = .value(.number(String(value))) }
  mutating func encode(_ value: UInt64) { encoder.node = .value(.number(String(value))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try CanonicalJSONEncoder.nested(value)
  }

  private func number(_ value: Double) throws -> CanonicalJSON {
    try CanonicalJSON.finite(value)
  }
}
