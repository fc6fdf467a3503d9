/// Part of `RecordDecoder`: see `RecordCoding` for the format.
struct RecordKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]
  private let entries: [(key: Int, bytes: UnsafeRawBufferPointer)]

  init(bytes: UnsafeRawBufferPointer, keys: RecordKeyTable, codingPath: [any CodingKey]) throws {
    self.keys = keys
    self.codingPath = codingPath
    entries = try RecordBytesDecoder.payloads(bytes, keyed: true)
  }

  var allKeys: [Key] {
    entries.compactMap { entry in
      entry.key < keys.keys.count ? Key(stringValue: keys.keys[entry.key]) : nil
    }
  }

  private func payload(_ key: Key) -> UnsafeRawBufferPointer? {
    guard let number = keys.number(of: key.stringValue) else { return nil }
    return entries.first { $0.key == number }?.bytes
  }

  private func child(_ key: Key) throws -> RecordBytesDecoder {
    guard let bytes = payload(key) else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no entry"))
    }
    return RecordBytesDecoder(bytes: bytes, keys: keys, codingPath: codingPath + [key])
  }

  func contains(_ key: Key) -> Bool { payload(key) != nil }
  func decodeNil(forKey key: Key) throws -> Bool { payload(key) == nil }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: child(key)) }
  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  { try child(key).container(keyedBy: type) }
  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }
  func superDecoder() throws -> any Decoder {
    guard let number = keys.number(of: "super"), let bytes = entries.first(where: { $0.key == number })?.bytes
    else {
      throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super entry"))
    }
    return RecordBytesDecoder(bytes: bytes, keys: keys, codingPath: codingPath)
  }
  func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}
