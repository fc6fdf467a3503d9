/// An object's members, by key.
struct CanonicalKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let members: CanonicalJSONEncoder.Members
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) { set(.value(.null), for: key) }
  mutating func encode(_ value: Bool, forKey key: Key) { set(.value(.bool(value)), for: key) }
  mutating func encode(_ value: String, forKey key: Key) { set(.value(.string(value)), for: key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { set(try number(value), for: key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { set(try number(Double(value)), for: key) }
  mutating func encode(_ value: Int, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: Int8, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: Int16, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: Int32, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: Int64, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: UInt, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: UInt8, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: UInt16, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: UInt32, forKey key: Key) { set(.value(.number(String(value))), for: key) }
  mutating func encode(_ value: UInt64, forKey key: Key) { set(.value(.number(String(value))), for: key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(try CanonicalJSONEncoder.nested(value), for: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = CanonicalJSONEncoder.Members()
    set(.object(nested), for: key)
    return KeyedEncodingContainer(
      CanonicalKeyedContainer<NestedKey>(members: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = CanonicalJSONEncoder.Items()
    set(.array(nested), for: key)
    return CanonicalUnkeyedContainer(items: nested)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  /// An encoder whose object is the member `name`.
  private func superEncoder(named name: String) -> any Encoder {
    let encoder = CanonicalJSONEncoder()
    let members = CanonicalJSONEncoder.Members()
    encoder.node = .object(members)
    set(.object(members), named: name)
    return encoder
  }

  /// A key set twice keeps its last value, as `JSONEncoder` does.
  private func set(_ node: CanonicalJSONEncoder.Node, for key: Key) {
    set(node, named: key.stringValue)
  }

  private func set(_ node: CanonicalJSONEncoder.Node, named name: String) {
    if let index = members.entries.firstIndex(where: { $0.key == name }) {
      members.entries[index].node = node
    } else {
      members.entries.append((name, node))
    }
  }

  private func number(_ value: Double) throws -> CanonicalJSONEncoder.Node {
    .value(try CanonicalJSON.finite(value))
  }
}
