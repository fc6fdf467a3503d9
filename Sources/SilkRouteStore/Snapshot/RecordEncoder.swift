/// Encodes a `Codable` record in `RecordCoding`'s binary form.
struct RecordEncoder {
  let keys: RecordKeyTable

  func encode(_ value: some Encodable) throws -> [UInt8] {
    let node = RecordNode()
    try value.encode(to: RecordNodeEncoder(node: node, keys: keys, codingPath: []))
    var bytes: [UInt8] = []
    node.write(to: &bytes)
    return bytes
  }
}

/// What an encoded value became, before it is written out (containers need their entries'
/// lengths).
final class RecordNode {
  enum Content {
    case bytes([UInt8])
    case keyed([(key: Int, node: RecordNode)])
    case unkeyed([RecordNode])
  }
  var content: Content = .bytes([])

  func write(to bytes: inout [UInt8]) {
    switch content {
    case .bytes(let payload):
      bytes += payload
    case .keyed(let entries):
      RecordCoding.appendVarint(entries.count, to: &bytes)
      for entry in entries {
        RecordCoding.appendVarint(entry.key, to: &bytes)
        Self.append(entry.node, to: &bytes)
      }
    case .unkeyed(let elements):
      RecordCoding.appendVarint(elements.count, to: &bytes)
      for element in elements { Self.append(element, to: &bytes) }
    }
  }

  private static func append(_ node: RecordNode, to bytes: inout [UInt8]) {
    var payload: [UInt8] = []
    node.write(to: &payload)
    RecordCoding.appendVarint(payload.count, to: &bytes)
    bytes += payload
  }

  func addEntry(_ key: Int) -> RecordNode {
    let child = RecordNode()
    if case .keyed(var entries) = content {
      entries.append((key, child))
      content = .keyed(entries)
    } else {
      content = .keyed([(key, child)])
    }
    return child
  }

  func addElement() -> RecordNode {
    let child = RecordNode()
    if case .unkeyed(var elements) = content {
      elements.append(child)
      content = .unkeyed(elements)
    } else {
      content = .unkeyed([child])
    }
    return child
  }
}

struct RecordNodeEncoder: Encoder {
  let node: RecordNode
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .keyed = node.content {} else { node.content = .keyed([]) }
    return KeyedEncodingContainer(RecordKeyedEncoder<Key>(node: node, keys: keys, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
    return RecordUnkeyedEncoder(node: node, keys: keys, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    RecordSingleEncoder(node: node, keys: keys, codingPath: codingPath)
  }
}

struct RecordKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: RecordNode
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]

  private func child(_ key: Key) -> RecordNodeEncoder { child(key.stringValue, path: codingPath + [key]) }

  private func child(_ name: String, path: [any CodingKey]) -> RecordNodeEncoder {
    RecordNodeEncoder(node: node.addEntry(keys.number(adding: name)), keys: keys, codingPath: path)
  }

  mutating func encodeNil(forKey key: Key) throws {}  // an absent entry decodes as nil
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try value.encode(to: child(key)) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  { child(key).container(keyedBy: type) }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    child(key).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder { child("super", path: codingPath) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

struct RecordUnkeyedEncoder: UnkeyedEncodingContainer {
  let node: RecordNode
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]
  var count: Int {
    if case .unkeyed(let elements) = node.content { return elements.count }
    return 0
  }

  private func child() -> RecordNodeEncoder {
    RecordNodeEncoder(node: node.addElement(), keys: keys, codingPath: codingPath)
  }

  mutating func encodeNil() throws { _ = child() }  // an empty payload
  mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: child()) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  { child().container(keyedBy: type) }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { child().unkeyedContainer() }
  mutating func superEncoder() -> any Encoder { child() }
}

struct RecordSingleEncoder: SingleValueEncodingContainer {
  let node: RecordNode
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]

  private func set<T: FixedWidthInteger>(_ value: T) {
    node.content = .bytes(withUnsafeBytes(of: value.littleEndian) { Array($0) })
  }

  mutating func encodeNil() throws { node.content = .bytes([]) }
  mutating func encode(_ value: Bool) throws { node.content = .bytes([value ? 1 : 0]) }
  mutating func encode(_ value: String) throws { node.content = .bytes(Array(value.utf8)) }
  mutating func encode(_ value: Double) throws { set(value.bitPattern) }
  mutating func encode(_ value: Float) throws { set(value.bitPattern) }
  mutating func encode(_ value: Int) throws { set(Int64(value)) }
  mutating func encode(_ value: Int8) throws { set(value) }
  mutating func encode(_ value: Int16) throws { set(value) }
  mutating func encode(_ value: Int32) throws { set(value) }
  mutating func encode(_ value: Int64) throws { set(value) }
  mutating func encode(_ value: UInt) throws { set(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { set(value) }
  mutating func encode(_ value: UInt16) throws { set(value) }
  mutating func encode(_ value: UInt32) throws { set(value) }
  mutating func encode(_ value: UInt64) throws { set(value) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: RecordNodeEncoder(node: node, keys: keys, codingPath: codingPath))
  }
}
