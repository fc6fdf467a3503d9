import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// A damaged, truncated, foreign or out-of-date snapshot is refused with a clear error, never read.
@Suite struct SnapshotIntegrityTests {
  /// The bundled network's snapshot as bytes, and a place to write variants of it.
  struct Written {
    let folder: URL
    let path: String
    let bytes: [UInt8]

    init() throws {
      folder = try SnapshotFixture.temporaryFolder()
      path = folder.appendingPathComponent("network.silkroute").path
      try NetworkSnapshot.write(try BundledFixture.load().network, dataVersion: "v1", to: path)
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes `bytes` as a new file and opens it.
    func open(_ bytes: [UInt8], expectedVersion: String? = nil) throws(SnapshotError) -> TransportNetwork {
      let variant = folder.appendingPathComponent("variant-\(UUID()).silkroute").path
      FileManager.default.createFile(atPath: variant, contents: Data(bytes))
      return try NetworkSnapshot.open(path: variant, expectedVersion: expectedVersion)
    }

    func kind(_ bytes: [UInt8], expectedVersion: String? = nil) -> SnapshotError.Kind? {
      do {
        _ = try open(bytes, expectedVersion: expectedVersion)
        return nil
      } catch {
        return error.kind
      }
    }
  }

  @Test func anIntactCopyOpens() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    #expect(written.kind(written.bytes) == nil)
  }

  /// Every cut — inside the header, the table, a hot section, a record section — is refused.
  @Test func truncationIsDetected() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    var random = SplitMix64(seed: 17)
    let cuts =
      [0, 7, 8, 63, 64, 100, written.bytes.count - 1]
      + (0..<40).map { _ in
        Int(random.next() % UInt64(written.bytes.count))
      }
    for cut in cuts {
      let kind = written.kind(Array(written.bytes[0..<cut]))
      #expect(kind == .truncated || kind == .foreign, "cut at \(cut) of \(written.bytes.count) bytes")
    }
  }

  /// A single flipped bit anywhere in the file is refused (seeded positions, printed on failure).
  @Test func bitFlipsAreDetected() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    let seed: UInt64 = 2_026_12_07
    var random = SplitMix64(seed: seed)
    for _ in 0..<300 {
      let position = Int(random.next() % UInt64(written.bytes.count))
      let bit = UInt8(1) << (random.next() % 8)
      var damaged = written.bytes
      damaged[position] ^= bit
      #expect(
        written.kind(damaged) != nil, "seed \(seed): bit \(bit) of byte \(position) flipped, not detected")
    }
  }

  @Test func anotherFormatVersionIsRefused() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    var newer = written.bytes
    newer[SnapshotLayout.versionOffset] = UInt8(SnapshotLayout.formatVersion + 1)
    #expect(written.kind(newer) == .version)
    #expect(throws: SnapshotError.self) { try written.open(newer) }
    do {
      _ = try written.open(newer)
    } catch {
      let (theirs, ours) = (SnapshotLayout.formatVersion + 1, SnapshotLayout.formatVersion)
      #expect(error.description.contains("format version \(theirs); this silkroute reads version \(ours)"))
    }
  }

  /// A snapshot written by an older silkroute (an earlier format version) is refused as such.
  @Test func anOlderFormatVersionIsRefused() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    var older = written.bytes
    older[SnapshotLayout.versionOffset] = UInt8(SnapshotLayout.formatVersion - 1)
    #expect(written.kind(older) == .version)
  }

  @Test func aForeignFileIsRefused() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    #expect(written.kind(Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0, count: 100)) == .foreign)
    #expect(written.kind(Array("city,country\n".utf8)) == .foreign)
  }

  @Test func aSnapshotOfAnotherDatasetVersionIsStale() throws {
    let written = try Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    #expect(written.kind(written.bytes, expectedVersion: "v1") == nil)
    #expect(written.kind(written.bytes, expectedVersion: "v2") == .stale)
  }

  /// A damaged cached snapshot is reported, then the network is loaded from the database and the
  /// snapshot rewritten.
  @Test func theCacheRebuildsADamagedSnapshot() throws {
    let folder = try SnapshotFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("net.sqlite").path
    try DatabaseFile.importData(try SnapshotFixture.synthetic(terminals: 80, seed: 3), into: db)
    let store = try NetworkStore(path: db)
    let compiled = SnapshotCache.besideDatabase(db)
    let cache = folder.appendingPathComponent("cache")
    let version = try #require(try store.datasetVersion())
    try NetworkSnapshot.write(try store.loadNetwork(), dataVersion: version, to: compiled)
    var problems: [String] = []
    let first = try SnapshotCache.network(store: store, cache: cache) { problems.append($0) }
    #expect(first.network.records.isOnDemand && problems.isEmpty)
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: compiled)))
    bytes[bytes.count / 2] ^= 0x10
    // Replaced, as SilkRoute replaces snapshots: the first network keeps its mapping of the old
    // file (a file rewritten in place under a running process is outside what a mapping survives).
    try Data(bytes).write(to: URL(fileURLWithPath: compiled), options: .atomic)
    let second = try SnapshotCache.network(store: store, cache: cache) { problems.append($0) }
    #expect(problems.count == 1 && problems.first?.contains("checksum does not match") == true, "\(problems)")
    #expect(problems.first?.hasSuffix("loading the database instead") == true, "\(problems)")
    #expect(second.network.data == first.network.data && second.version == version)
    // Next time the damaged one beside the database is still reported, with the copy the cache
    // now holds used instead (the database is not loaded again) and how to replace it.
    problems = []
    let third = try SnapshotCache.network(store: store, cache: cache) { problems.append($0) }
    let cached = SnapshotCache.cached(version: version, in: cache)
    #expect(problems.count == 1, "\(problems)")
    #expect(
      problems.first?.contains("; using \(cached) (silkroute data compile --db \(db) replaces it)") == true)
    #expect(third.network.records.isOnDemand && third.network.data == first.network.data)
  }
}
