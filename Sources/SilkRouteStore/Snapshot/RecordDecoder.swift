/// Decodes a record from `RecordCoding`'s binary form, reading the bytes in place.
struct RecordDecoder {
  let keys: RecordKeyTable

  func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
    try Value(from: RecordBytesDecoder(bytes: bytes, keys: keys, codingPath: []))
  }
}
