/// Decodes a record from `RecordCoding`'s binary form, reading the bytes in place.
struct RecordDecoder {
  let keys: RecordKeyTable

  func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
    try Value(from: RecordBytesDecoder(bytes: bytes, keys: keys, codingPath: []))
  }
}

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

struct RecordUnkeyedDecoder: UnkeyedDecodingContainer {
  let keys: RecordKeyTable
  let codingPath: [any CodingKey]
  private let elements: [(key: Int, bytes: UnsafeRawBufferPointer)]
  private(set) var currentIndex = 0

  init(bytes: UnsafeRawBufferPointer, keys: RecordKeyTable, codingPath: [any CodingKey]) throws {
    self.keys = keys
    self.codingPath = codingPath
    elements = try RecordBytesDecoder.payloads(bytes, keyed: false)
  }

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next() throws -> RecordBytesDecoder {
    guard !isAtEnd else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "past the last element"))
    }
    currentIndex += 1
    return RecordBytesDecoder(bytes: elements[currentIndex - 1].bytes, keys: keys, codingPath: codingPath)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex].bytes.isEmpty else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  { try next().container(keyedBy: type) }
  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }
  mutating func superDecoder() throws -> any Decoder { try next() }
}

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
