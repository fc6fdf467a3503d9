import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// The sections compiled for speed — the cities' name index and the default query profile — are
/// checked as the network's own: a damaged byte fails its checksum, and a section that passes its
/// checksum but disagrees with the network (rewritten with fresh checksums) is refused too.
@Suite struct SnapshotCompiledSectionsIntegrityTests {
  /// The tags of the compiled sections (name index 600…, profile 700…).
  static func isCompiled(_ tag: UInt32) -> Bool { (600..<800).contains(tag) }

  @Test func aDamagedCompiledSectionIsRefused() throws {
    let written = try SnapshotIntegrityTests.Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    let file = try SnapshotFile(path: written.path)
    let start = try #require(file.mapped.bytes.baseAddress)
    let tags = file.sections.keys.filter(Self.isCompiled).sorted()
    #expect(tags.count >= 3 + 8 + 3 * 6, "\(tags)")
    for tag in tags {
      let section = try #require(file.sections[tag])
      guard let base = section.baseAddress, !section.isEmpty else { continue }
      var damaged = written.bytes
      damaged[base - start + section.count / 2] ^= 0x04
      #expect(written.kind(damaged) == .corrupt, "section \(tag)")
    }
  }

  /// The file with section `tag`'s bytes changed by `change`, its checksums made afresh.
  static func rewritten(_ file: SnapshotFile, _ tag: UInt32, _ change: (inout [UInt8]) -> Void) -> [UInt8] {
    let sections = file.sections.keys.sorted().map { key in
      var bytes = file.sections[key].map { Array($0) } ?? []
      if key == tag { change(&bytes) }
      return (tag: key, bytes: bytes)
    }
    return SnapshotFile.assemble(sections)
  }

  @Test(arguments: [
    SnapshotSection.cityNameCities.rawValue, SnapshotSection.profileGraph(1, 1),
    SnapshotSection.profileGraph(5, 4), SnapshotSection.profileTransitArc.rawValue,
    SnapshotSection.profileUsable.rawValue,
  ])
  func aSectionThatDisagreesIsRefused(tag: UInt32) throws {
    let written = try SnapshotIntegrityTests.Written()
    defer { try? FileManager.default.removeItem(at: written.folder) }
    let file = try SnapshotFile(path: written.path)
    let bytes = Self.rewritten(file, tag) { bytes in
      // A byte 0xFF at the start: an id far out of range, or a Bool that is not one.
      if bytes.count >= 4 {
        bytes[3] = 0x7F
        bytes[0] = 0xFF
      } else {
        bytes = [0xFF, 0xFF, 0xFF, 0x7F]
      }
    }
    #expect(written.kind(bytes) == .corrupt)
  }
}
