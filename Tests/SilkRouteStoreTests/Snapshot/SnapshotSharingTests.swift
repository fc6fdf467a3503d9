import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// An opened snapshot is a shared read-only mapping of the file: processes that open the same
/// file read the same page-cache pages.
@Suite struct SnapshotSharingTests {
  @Test func theFileIsMappedSharedAndReadOnly() throws {
    let folder = try SnapshotFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("shared.silkroute").path
    try NetworkSnapshot.write(try BundledFixture.load().network, dataVersion: "v", to: path)
    let network = try NetworkSnapshot.open(path: path)
    let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
    let lines = maps.split(separator: "\n").filter { $0.hasSuffix(path) }
    #expect(lines.count == 1 && lines.allSatisfy { $0.split(separator: " ")[1] == "r--s" }, "\(lines)")
    #expect(network.terminalCount > 0)
  }
}
