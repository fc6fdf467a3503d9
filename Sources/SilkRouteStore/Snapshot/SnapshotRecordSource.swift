import SilkRoute

/// A snapshot's record sections as a `RecordSource`: each record decoded in place when asked for.
final class SnapshotRecordSource: RecordSource, @unchecked Sendable {
  private let file: SnapshotFile
  /// Decodes with the snapshot's key table.
  let decoder: RecordDecoder
  /// Per table: record offsets (count + 1) and the bytes they index.
  private let tables: [RecordTable: (offsets: FlatArray<UInt64>, bytes: UnsafeRawBufferPointer)]
  let edition: EditionRecord?
  let cityNames: CompiledCityNames?

  init(file: SnapshotFile) throws(SnapshotError) {
    self.file = file
    let path = file.path
    do {
      let keys = try RecordDecoder(keys: RecordKeyTable()).decode(
        [String].self, from: try file.section(SnapshotSection.recordKeys.rawValue))
      decoder = RecordDecoder(keys: RecordKeyTable(keys: keys))
    } catch {
      throw SnapshotError(.corrupt, path, "the record key table does not decode: \(error)")
    }
    var tables: [RecordTable: (offsets: FlatArray<UInt64>, bytes: UnsafeRawBufferPointer)] = [:]
    for table in RecordTable.allCases {
      let bytes = try file.section(SnapshotSection.recordBytes(table))
      let offsets = try Self.offsets(file, SnapshotSection.recordOffsets(table), within: bytes.count)
      tables[table] = (offsets, bytes)
    }
    self.tables = tables
    cityNames = try Self.cityNames(file, cityCount: (tables[.cities]?.offsets.count ?? 1) - 1)
    if let section = file.sections[SnapshotSection.edition.rawValue] {
      do {
        edition = try decoder.decode(EditionRecord.self, from: section)
      } catch {
        throw SnapshotError(.corrupt, path, "the edition does not decode: \(error)")
      }
    } else {
      edition = nil
    }
  }

  /// The cities' name index, checked (nil when the sections are absent).
  private static func cityNames(_ file: SnapshotFile, cityCount: Int) throws(SnapshotError)
    -> CompiledCityNames?
  {
    guard let bytes = file.sections[SnapshotSection.cityNameBytes.rawValue] else { return nil }
    let offsets = try offsets(file, SnapshotSection.cityNameOffsets.rawValue, within: bytes.count)
    let citySection = try file.section(SnapshotSection.cityNameCities.rawValue)
    guard citySection.count == 4 * (offsets.count - 1) else {
      throw SnapshotError(.corrupt, file.path, "the city name index has \(citySection.count) bytes of cities")
    }
    let names = CompiledCityNames(
      keyOffsets: offsets,
      keyBytes: bytes.baseAddress.map { FlatArray(unsafeBase: $0, count: bytes.count, owner: file) }
        ?? FlatArray(),
      keyCity: citySection.baseAddress.map {
        FlatArray(unsafeBase: $0, count: offsets.count - 1, owner: file)
      }
        ?? FlatArray())
    guard names.isWellFormed(cityCount: cityCount) else {
      throw SnapshotError(.corrupt, file.path, "the city name index is out of order or names no city")
    }
    return names
  }

  /// An offsets section: count + 1 ascending offsets from 0 to `end`.
  static func offsets(_ file: SnapshotFile, _ tag: UInt32, within end: Int) throws(SnapshotError)
    -> FlatArray<
      UInt64
    >
  {
    let section = try file.section(tag)
    guard section.count % 8 == 0, section.count >= 8, let base = section.baseAddress else {
      throw SnapshotError(.corrupt, file.path, "section \(tag) is not a list of offsets")
    }
    let offsets = FlatArray<UInt64>(unsafeBase: base, count: section.count / 8, owner: file)
    var previous: UInt64 = 0
    for offset in offsets {
      guard offset >= previous else {
        throw SnapshotError(.corrupt, file.path, "section \(tag) goes backwards")
      }
      previous = offset
    }
    guard offsets[0] == 0, previous == UInt64(end) else {
      throw SnapshotError(.corrupt, file.path, "section \(tag) does not span its bytes")
    }
    return offsets
  }

  func count(of table: RecordTable) -> Int { (tables[table]?.offsets.count ?? 1) - 1 }

  func record<Record: Decodable>(_ type: Record.Type, of table: RecordTable, at index: Int) -> Record {
    guard let (offsets, bytes) = tables[table] else { preconditionFailure("no table \(table)") }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[Int(offsets[index])..<Int(offsets[index + 1])])
    do {
      return try withExtendedLifetime(file) { try decoder.decode(Record.self, from: slice) }
    } catch {
      preconditionFailure("\(file.path): \(table) record \(index) does not decode (\(error)); recompile it")
    }
  }

  /// The ids of `table`'s records, in record order (empty for tables without ids).
  func ids(of table: RecordTable) -> [String] {
    guard let bytes = file.sections[SnapshotSection.idBytes(table)],
      let offsets = try? Self.offsets(file, SnapshotSection.idOffsets(table), within: bytes.count)
    else { return [] }
    return (0..<offsets.count - 1).map { index in
      String(
        decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(offsets[index])..<Int(offsets[index + 1])]),
        as: UTF8.self)
    }
  }

  /// An id index over `table` that binary-searches the snapshot's sorted ids.
  func index<ID: DenseIndex>(_ table: RecordTable) throws(SnapshotError) -> IDIndex<ID> {
    let bytes = try file.section(SnapshotSection.idBytes(table))
    let offsets = try Self.offsets(file, SnapshotSection.idOffsets(table), within: bytes.count)
    let orderBytes = try file.section(SnapshotSection.idOrder(table))
    guard orderBytes.count == 4 * (offsets.count - 1), offsets.count - 1 == count(of: table) else {
      throw SnapshotError(.corrupt, file.path, "the ids of \(table) do not match its records")
    }
    let order =
      orderBytes.baseAddress.map { FlatArray<Int32>(unsafeBase: $0, count: offsets.count - 1, owner: file) }
      ?? FlatArray()
    guard order.allSatisfy({ $0 >= 0 && Int($0) < order.count }) else {
      throw SnapshotError(.corrupt, file.path, "the id order of \(table) names a record that is not there")
    }
    let search = IDSearch(bytes: bytes, offsets: offsets, order: order, file: file)
    return IDIndex(search: { search.find($0) }, ids: { [self] in ids(of: table) })
  }
}
