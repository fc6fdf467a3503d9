/// Part of `RecordEncoder`: see `RecordCoding` for the format.
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
