/// The 64-bit checksum of a snapshot's header and sections: four independent multiply–rotate
/// lanes over 8-byte words (so the CPU runs them in parallel, several GB/s), merged at the end.
///
/// Not cryptographic; it detects damage. Every step is a bijection of a lane's state for a fixed
/// input word, and the merge is a bijection of each lane's value, so any change confined to one
/// 8-byte word — every single bit flip — always changes the checksum (`SnapshotIntegrityTests`
/// flips bits to check).
enum SnapshotChecksum {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

  @inline(__always) private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = lane &+ word &* prime2
    return ((mixed << 31) | (mixed >> 33)) &* prime1
  }

  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
    let count = bytes.count
    var position = 0
    while position + 32 <= count {
      lanes.0 = round(
        lanes.0, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)))
      lanes.1 = round(
        lanes.1, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self)))
      lanes.2 = round(
        lanes.2, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 16, as: UInt64.self)))
      lanes.3 = round(
        lanes.3, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 24, as: UInt64.self)))
      position += 32
    }
    // The tail, one byte-padded word at a time, into lane 0.
    while position < count {
      var word: UInt64 = 0
      let end = min(position + 8, count)
      for offset in position..<end { word |= UInt64(bytes[offset]) << (8 * UInt64(offset - position)) }
      lanes.0 = round(lanes.0, word)
      position = end
    }
    var hash = UInt64(count) &* prime3
    for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
      hash = (hash ^ round(0, lane)) &* prime1 &+ prime3
    }
    hash ^= hash >> 29
    return hash
  }

  static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
