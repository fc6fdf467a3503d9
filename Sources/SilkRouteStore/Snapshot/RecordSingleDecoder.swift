/// Part of `RecordDecoder`: see `RecordCoding` for the format.
struct RecordSingleDecoder: SingleValueDecodingContainer {
  let bytes: UnsafeRawBufferPointer
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]

  private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard bytes.count == MemoryLayout<T>.size else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "\(bytes.count) bytes for a \(T.self)"))
    }
    return T(littleEndian: bytes.loadUnaligned(as: T.self))
  }

  func decodeNil() -> Bool { bytes.isEmpty }
  func decode(_ type: Bool.Type) throws -> Bool { try integer(UInt8.self) != 0 }
  func decode(_ type: String.Type) throws -> String { String(decoding: bytes, as: UTF8.self) }
  func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try integer(UInt64.self)) }
  func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try integer(UInt32.self)) }
  func decode(_ type: Int.Type) throws -> Int { Int(try integer(Int64.self)) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
  func decode(_ type: UInt.Type) throws -> UInt { UInt(try integer(UInt64.self)) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: RecordBytesDecoder(bytes: bytes, keys: keys, codingPath: codingPath))
  }
}
