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
    // Read to the end in a loop: /proc files report a size of 0, and a busy test process's map
    // is longer than one read.
    let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
    let maps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    try handle.close()
    // The folder and file name (the directory above may be shown resolved through a link).
    let tail = "/" + folder.lastPathComponent + "/shared.silkroute"
    let lines = maps.split(separator: "\n").filter { $0.hasSuffix(tail) }
    #expect(
      lines.count == 1 && lines.allSatisfy { $0.split(separator: " ")[1] == "r--s" },
      "\(lines); \(maps.utf8.count) bytes of maps, \(maps.split(separator: "\n").count) lines, looking for \(path)"
    )
    withExtendedLifetime(network) { #expect(network.terminalCount > 0) }
  }
}
