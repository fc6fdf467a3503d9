/// Part of `RecordEncoder`: see `RecordCoding` for the format.
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
