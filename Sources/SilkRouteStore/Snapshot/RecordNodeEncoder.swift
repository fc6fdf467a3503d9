/// Part of `RecordEncoder`: see `RecordCoding` for the format.
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
