/// An array's elements, in order.
struct CanonicalUnkeyedContainer: UnkeyedEncodingContainer {
  let items: CanonicalJSONEncoder.Items
  var codingPath: [any CodingKey] { [] }
  var count: Int { items.entries.count }

  mutating func encodeNil() { append(.null) }
  mutating func encode(_ value: Bool) { append(.bool(value)) }
  mutating func encode(_ value: String) { append(.string(value)) }
  mutating func encode(_ value: Double) throws { append(try CanonicalJSON.finite(value)) }
  mutating func encode(_ value: Float) throws {
    append(try CanonicalJSON.finite(Double(value)))
  }
  mutating func encode(_ value: Int) { append(.number(String(value))) }
  mutating func encode(_ value: Int8) { append(.number(String(value))) }
  mutating func encode(_ value: Int16) { append(.number(String(value))) }
  mutating func encode(_ value: Int32) { append(.number(String(value))) }
  mutating func encode(_ value: Int64) { append(.number(String(value))) }
  mutating func encode(_ value: UInt) { append(.number(String(value))) }
  mutating func encode(_ value: UInt8) { append(.number(String(value))) }
  mutating func encode(_ value: UInt16) { append(.number(String(value))) }
  mutating func encode(_ value: UInt32) { append(.number(String(value))) }
  mutating func encode(_ value: UInt64) { append(.number(String(value))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    items.entries.append(try CanonicalJSONEncoder.nested(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = CanonicalJSONEncoder.Members()
    items.entries.append(.object(nested))
    return KeyedEncodingContainer(CanonicalKeyedContainer<NestedKey>(members: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = CanonicalJSONEncoder.Items()
    items.entries.append(.array(nested))
    return CanonicalUnkeyedContainer(items: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let encoder = CanonicalJSONEncoder()
    let members = CanonicalJSONEncoder.Members()
    encoder.node = .object(members)
    items.entries.append(.object(members))
    return encoder
  }

  private func append(_ value: CanonicalJSON) { items.entries.append(.value(value)) }
}
