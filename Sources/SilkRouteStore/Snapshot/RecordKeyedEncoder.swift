/// Part of `RecordEncoder`: see `RecordCoding` for the format.
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
