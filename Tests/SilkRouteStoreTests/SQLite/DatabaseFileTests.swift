import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// A database file is written all or nothing (moved from `NetworkStoreTests`), and what a killed
/// import left behind is cleaned up.
@Suite struct DatabaseFileTests {
  @Test func badRowAtTheEndLeavesTheDatabaseUnchanged() throws {
    let path = Fixture.database()
    try DatabaseFile.importData(Fixture.data(), into: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))

    // A new valid folder plus one bad row at the very end of the last file.
    var changed = Fixture.data()
    changed.cities[0].name = "Jiaozhou (changed)"
    let folder = try Fixture.folder(changed)
    try Fixture.append(
      "bad-crossing,Bad,jiaozhou,nowhere,1h,10.00,ref,",
      to: folder.appendingPathComponent("border_crossings.csv"))
    #expect(throws: DataValidationError.self) {
      try DatabaseFile.importData(try DataFolder.load(folder), into: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try NetworkStore(path: path).load() == Fixture.data())
  }

  @Test func failedImportIntoNewPathLeavesNoFile() throws {
    let path = Fixture.database()
    var broken = Fixture.data()
    broken.terminals[0].city = "nowhere"
    #expect(throws: StoreError.self) { try DatabaseFile.importData(broken, into: path) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// `PATH.importing-PID` of a process that is gone goes, with its journals; a live one's stays.
  @Test func staleTemporariesOfDeadImportsAreRemoved() throws {
    let path = Fixture.database()
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let dead = finished.processIdentifier
    let live = ProcessInfo.processInfo.processIdentifier
    let names = [
      "net.sqlite.importing-\(dead)", "net.sqlite.importing-\(dead)-journal",
      "net.sqlite.importing-\(live)", "net.sqlite.importing-x", "other.sqlite.importing-\(dead)",
    ]
    for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
    #expect(!DatabaseFile.isRunning(dead) && DatabaseFile.isRunning(live))
    DatabaseFile.removeStaleTemporaries(of: path)
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    #expect(left == Set(names.dropFirst(2)))
  }
}
