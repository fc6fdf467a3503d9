/// A snapshot file mapped and checked: its header, its section table, and (unless asked not to)
/// every section's checksum. Sections are then read in place by tag.
final class SnapshotFile: @unchecked Sendable {
  let mapped: MappedFile
  let path: String
  /// Each section's bytes, by tag.
  private(set) var sections: [UInt32: UnsafeRawBufferPointer] = [:]
  private(set) var dataVersion = ""

  init(path: String, verifySections: Bool = true) throws(SnapshotError) {
    self.path = path
    mapped = try MappedFile(path: path)
    let bytes = mapped.bytes
    try checkHeader(bytes)
    let count = Int(read(UInt32.self, bytes, SnapshotLayout.sectionCountOffset))
    let tableOffset = Int(read(UInt64.self, bytes, SnapshotLayout.tableOffsetOffset))
    let tableEnd = tableOffset + count * SnapshotLayout.entrySize
    guard tableOffset == SnapshotLayout.headerSize, tableEnd <= bytes.count else {
      throw SnapshotError(.corrupt, path, "the section table lies outside the file")
    }
    var summed = Array(bytes[0..<SnapshotLayout.checksumOffset])
    summed += bytes[tableOffset..<tableEnd]
    guard SnapshotChecksum.of(summed) == read(UInt64.self, bytes, SnapshotLayout.checksumOffset) else {
      throw SnapshotError(.corrupt, path, "the header checksum does not match")
    }
    var spans: [Range<Int>] = []
    for entry in 0..<count {
      let at = tableOffset + entry * SnapshotLayout.entrySize
      let tag = read(UInt32.self, bytes, at)
      let offset = Int(read(UInt64.self, bytes, at + 8))
      let length = Int(read(UInt64.self, bytes, at + 16))
      guard offset % SnapshotLayout.alignment == 0, offset >= tableEnd, length <= bytes.count - offset else {
        throw SnapshotError(.corrupt, path, "section \(tag) lies outside the file")
      }
      let section = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
      if verifySections, SnapshotChecksum.of(section) != read(UInt64.self, bytes, at + 24) {
        throw SnapshotError(.corrupt, path, "section \(tag)'s checksum does not match")
      }
      sections[tag] = section
      spans.append(offset..<offset + length)
    }
    if verifySections { try checkPadding(bytes, after: tableEnd, spans: spans) }
    guard let version = sections[SnapshotSection.dataVersion.rawValue] else {
      throw SnapshotError(.corrupt, path, "no dataset version")
    }
    dataVersion = String(decoding: version, as: UTF8.self)
  }

  /// Every byte no checksum covers — the header's reserved bytes and the padding around the
  /// sections — must be zero, as `assemble` writes them: then a flipped bit anywhere is refused.
  private func checkPadding(_ bytes: UnsafeRawBufferPointer, after tableEnd: Int, spans: [Range<Int>])
    throws(SnapshotError)
  {
    var unchecked = [SnapshotLayout.checksumOffset + 8..<SnapshotLayout.headerSize]
    var cursor = tableEnd
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if span.lowerBound > cursor { unchecked.append(cursor..<span.lowerBound) }
      cursor = max(cursor, span.upperBound)
    }
    unchecked.append(cursor..<max(cursor, bytes.count))
    for range in unchecked where bytes[range].contains(where: { $0 != 0 }) {
      throw SnapshotError(
        .corrupt, path, "bytes \(range.lowerBound)..<\(range.upperBound) outside every section are not zero")
    }
  }

  private func checkHeader(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
    guard bytes.count >= SnapshotLayout.magic.count, Array(bytes[0..<8]) == SnapshotLayout.magic else {
      throw SnapshotError(.foreign, path, "not a SilkRoute network snapshot")
    }
    guard bytes.count >= SnapshotLayout.headerSize else {
      throw SnapshotError(.truncated, path, "the header is cut off")
    }
    let version = read(UInt32.self, bytes, SnapshotLayout.versionOffset)
    guard version == SnapshotLayout.formatVersion else {
      throw SnapshotError(
        .version, path,
        "format version \(version); this silkroute reads version \(SnapshotLayout.formatVersion)")
    }
    guard read(UInt32.self, bytes, SnapshotLayout.byteOrderOffset) == SnapshotLayout.byteOrderMark else {
      throw SnapshotError(.foreign, path, "written for another byte order")
    }
    let length = read(UInt64.self, bytes, SnapshotLayout.fileLengthOffset)
    guard length == UInt64(bytes.count) else {
      throw SnapshotError(.truncated, path, "\(bytes.count) bytes where the header says \(length)")
    }
  }

  private func read<T: FixedWidthInteger>(_ type: T.Type, _ bytes: UnsafeRawBufferPointer, _ offset: Int) -> T
  {
    T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
  }

  /// The section `tag`, which must be there.
  func section(_ tag: UInt32) throws(SnapshotError) -> UnsafeRawBufferPointer {
    guard let section = sections[tag] else {
      throw SnapshotError(.corrupt, path, "section \(tag) is missing")
    }
    return section
  }

  /// Lays out `sections` (tag, bytes) as a file: header, table, aligned sections.
  static func assemble(_ sections: [(tag: UInt32, bytes: [UInt8])]) -> [UInt8] {
    let tableEnd = SnapshotLayout.headerSize + sections.count * SnapshotLayout.entrySize
    var offsets: [Int] = []
    var end = SnapshotLayout.aligned(tableEnd)
    for section in sections {
      offsets.append(end)
      end = SnapshotLayout.aligned(end + section.bytes.count)
    }
    var file = [UInt8](repeating: 0, count: end)
    func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
      withUnsafeBytes(of: value.littleEndian) { file.replaceSubrange(offset..<offset + $0.count, with: $0) }
    }
    file.replaceSubrange(0..<8, with: SnapshotLayout.magic)
    put(SnapshotLayout.formatVersion, at: SnapshotLayout.versionOffset)
    put(SnapshotLayout.byteOrderMark, at: SnapshotLayout.byteOrderOffset)
    put(UInt32(sections.count), at: SnapshotLayout.sectionCountOffset)
    put(UInt64(end), at: SnapshotLayout.fileLengthOffset)
    put(UInt64(SnapshotLayout.headerSize), at: SnapshotLayout.tableOffsetOffset)
    for (index, section) in sections.enumerated() {
      let at = SnapshotLayout.headerSize + index * SnapshotLayout.entrySize
      put(section.tag, at: at)
      put(UInt64(offsets[index]), at: at + 8)
      put(UInt64(section.bytes.count), at: at + 16)
      put(SnapshotChecksum.of(section.bytes), at: at + 24)
      file.replaceSubrange(offsets[index]..<offsets[index] + section.bytes.count, with: section.bytes)
    }
    let summed = Array(file[0..<SnapshotLayout.checksumOffset] + file[SnapshotLayout.headerSize..<tableEnd])
    put(SnapshotChecksum.of(summed), at: SnapshotLayout.checksumOffset)
    return file
  }
}
