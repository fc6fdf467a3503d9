/// Part of `RecordDecoder`: see `RecordCoding` for the format.
struct RecordBytesDecoder: Decoder {
  let bytes: UnsafeRawBufferPointer
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try RecordKeyedDecoder<Key>(bytes: bytes, keys: keys, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try RecordUnkeyedDecoder(bytes: bytes, keys: keys, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    RecordSingleDecoder(bytes: bytes, keys: keys, codingPath: codingPath)
  }

  /// The length-prefixed payloads that follow a count, in order.
  static func payloads(_ bytes: UnsafeRawBufferPointer, keyed: Bool) throws(RecordCodingError) -> [(
    key: Int, bytes: UnsafeRawBufferPointer
  )] {
    var position = 0
    let count = try RecordCoding.readVarint(bytes, at: &position)
    guard count <= bytes.count else { throw RecordCodingError("entry count out of range") }
    var result: [(key: Int, bytes: UnsafeRawBufferPointer)] = []
    result.reserveCapacity(count)
    for _ in 0..<count {
      let key = keyed ? try RecordCoding.readVarint(bytes, at: &position) : 0
      let length = try RecordCoding.readVarint(bytes, at: &position)
      guard length <= bytes.count - position else { throw RecordCodingError("payload past its container") }
      result.append((key, UnsafeRawBufferPointer(rebasing: bytes[position..<position + length])))
      position += length
    }
    guard position == bytes.count else { throw RecordCodingError("bytes after a container's last entry") }
    return result
  }
}
