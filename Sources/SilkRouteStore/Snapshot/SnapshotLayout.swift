import SilkRoute

/// The fixed parts of the file format. All integers little-endian.
///
/// Versions: 1, the network and its records; 2, with the cities' name index; 3, with the compiled
/// default query profile; 4, its forward graphs and landmarks only where the planner reads them.
///
/// ```
/// header (64 bytes)
///   0  magic "SILKSNAP"                       8 bytes
///   8  format version                         u32
///  12  byte-order mark 0x0102_0304            u32
///  16  section count                          u32
///  20  reserved (0)                           u32
///  24  file length in bytes                   u64
///  32  section table offset (64)              u64
///  40  checksum of bytes 0..<40 and the table u64
///  48  reserved (0)                           16 bytes
/// section table: one 32-byte entry per section
///   tag u32, reserved u32, offset u64, length u64, checksum u64
/// sections: each at an offset that is a multiple of 8, zero-padded
/// ```
enum SnapshotLayout {
  static let magic: [UInt8] = Array("SILKSNAP".utf8)
  static let formatVersion: UInt32 = 5
  static let byteOrderMark: UInt32 = 0x0102_0304
  static let headerSize = 64
  static let entrySize = 32
  static let alignment = 8

  /// Offsets of the header fields.
  static let versionOffset = 8
  static let byteOrderOffset = 12
  static let sectionCountOffset = 16
  static let fileLengthOffset = 24
  static let tableOffsetOffset = 32
  static let checksumOffset = 40

  /// Scalars section: one Int64 each, in this order.
  enum Scalar: Int, CaseIterable {
    case cityCount, terminalCount, arcCount, serviceCount, transferCount, timetableCount
    case operatorCount, serviceWords, contextCount, hasAsOfDay, asOfDay, chargeCount
  }

  /// Compiled profile scalars: one Int64 each, these first, then per kernel graph slot its
  /// distance bound (bit pattern) and input arc count.
  enum ProfileScalar: Int, CaseIterable {
    case modes, hasDay, day, firstDay, lastDay, servesUndated, graphMask, compiledGraphMask, landmarkCount
    case landmarkMask
  }

  static func profileGraphScalar(_ slot: Int) -> Int { ProfileScalar.allCases.count + 2 * slot }
  static var profileScalarCount: Int { profileGraphScalar(CompiledProfile.graphSlots.count) }

  /// Whether `RouteTotals` lies in memory as the profile's weight sections store it: cost, time
  /// and CO2, one Int64 each, in that order (checked, not assumed).
  static var routeTotalsLayoutMatches: Bool {
    let sample = RouteTotals(cost: Cents(1), time: Minutes(2), co2: Grams(3))
    return MemoryLayout<RouteTotals>.stride == 24
      && withUnsafeBytes(of: sample) { bytes in
        (0..<3).allSatisfy { bytes.loadUnaligned(fromByteOffset: 8 * $0, as: Int64.self) == Int64($0 + 1) }
      }
  }

  static func aligned(_ offset: Int) -> Int { (offset + alignment - 1) / alignment * alignment }
}
