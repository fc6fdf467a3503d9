/// Part of `RecordDecoder`: see `RecordCoding` for the format.
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
