/// The compact binary form a compiled snapshot stores each record in (any `Codable` value).
///
/// A value is one of three shapes, as its `Codable` conformance asks for them:
/// - a single value: integers as fixed-width little-endian bytes (`Int` as 8), `Bool` as one
///   byte, floating point as its IEEE bits, a string as its UTF-8 bytes;
/// - a keyed container: a varint entry count, then per entry the key's number in the snapshot's
///   key table, the payload's length and the payload;
/// - an unkeyed container: a varint element count, then per element its length and payload.
///
/// Lengths make every payload skippable, so a record decodes without a schema and a damaged
/// length fails cleanly (the decoder checks every read against its bounds).
enum RecordCoding {
  /// Appends `value` as an unsigned LEB128 varint.
  static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
    var rest = UInt64(value)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7f) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Reads a varint at `position` of `bytes`, advancing it.
  static func readVarint(_ bytes: UnsafeRawBufferPointer, at position: inout Int) throws(RecordCodingError)
    -> Int
  {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 63 else { throw RecordCodingError("truncated length") }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    guard value <= UInt64(Int.max) else { throw RecordCodingError("length out of range") }
    return Int(value)
  }
}
