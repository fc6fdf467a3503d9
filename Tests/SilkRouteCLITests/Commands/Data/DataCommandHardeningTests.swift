import Foundation
import SilkRouteStore
import Testing

/// `data import` and `data export` under hostile conditions: files in the way, a process killed
/// mid-import, files of other applications.
@Suite(.serialized) struct DataCommandHardeningTests {
  static let runner = CommandRunner(name: "silkroute-data-hardening")

  func scratch(_ name: String) throws -> URL {
    let folder = Self.runner.scratch.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func exportRefusesPathsItCannotUse() throws {
    let folder = try scratch("export")
    let file = folder.appendingPathComponent("existing.txt")
    try Data("keep me".utf8).write(to: file)
    expectOneLineError(
      try Self.runner.run(["data", "export", "--output", file.path]), status: 64,
      containing: "is a file: csv export writes a folder")
    #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    expectOneLineError(
      try Self.runner.run(["data", "export", "--output", ""]), status: 64, containing: "--output must name")
    expectOneLineError(
      try Self.runner.run(["data", "export", "--format", "dimacs", "--output", folder.path]), status: 64,
      containing: "is a folder: dimacs export writes one .gr file")
    let blocked = file.appendingPathComponent("inside")  // a folder under a file
    let run = try Self.runner.run(["data", "export", "--output", blocked.path])
    expectOneLineError(run, status: 1, containing: "cannot export to \(blocked.path)")
    #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("Error Domain"))
  }

  /// A database another application made is refused, and stays byte-identical.
  @Test func foreignDatabaseIsRefusedAndUntouched() throws {
    let folder = try scratch("foreign")
    let path = folder.appendingPathComponent("other.sqlite").path
    // A small valid SQLite file of "another application": one table, made by the SQLite library.
    let make = try Self.runner.run(["data", "import", "--db", path])
    #expect(make.status == 0, "\(make.stderr)")
    #expect(make.text.hasPrefix("imported 49 cities in 20 countries and 4 transit points, "), "\(make.text)")
    try Self.rewriteAsForeign(path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    expectOneLineError(
      try Self.runner.run(["cities", "--db", path]), status: 1, containing: "is not a SilkRoute database")
    expectOneLineError(
      try Self.runner.run(["data", "import", "--db", path]), status: 1,
      containing: "is not a SilkRoute database")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  /// Sets another application id on a database (what `sqlite3 x 'PRAGMA application_id=7'` does).
  static func rewriteAsForeign(_ path: String) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: 68)  // the application id in the SQLite header, big-endian
    handle.write(Data([0, 0, 0, 7]))
  }

  /// `kill -9` at random points of 20 imports (into a new file and over an existing one) and 20
  /// first-use cache builds: afterwards the database is the old or the new one, never broken,
  /// and the next run leaves no temporary files behind.
  @Test func killedImportsLeaveTheOldOrTheNewDatabase() throws {
    let folder = try scratch("kill")
    let path = folder.appendingPathComponent("net.sqlite").path
    let cache = folder.appendingPathComponent("cache")
    var rng = SystemRandomNumberGenerator()
    var killedMidway = 0
    for round in 0..<40 {
      let building = round % 2 == 0
      let arguments = building ? ["cities"] : ["data", "import", "--db", path]
      let process = Process()
      process.executableURL = CommandRunner.binary
      process.arguments = arguments
      var environment = ProcessInfo.processInfo.environment
      environment["SILKROUTE_CACHE"] = cache.path
      environment["SILKROUTE_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...250_000, using: &rng))
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        killedMidway += 1
      }
      process.waitUntilExit()
      // Whatever is in place opens and holds the whole network.
      for database in [path] + Self.databases(in: cache)
      where FileManager.default.fileExists(atPath: database) {
        let store = try NetworkStore(path: database)
        #expect(try store.load().cities.count == 49, "round \(round): \(database) is broken")
      }
    }
    // The next runs finish and clean up after the dead ones.
    #expect(try Self.runner.run(["data", "import", "--db", path]).status == 0)
    #expect(try Self.runner.run(["cities"], environment: ["SILKROUTE_CACHE": cache.path]).status == 0)
    let leftovers =
      (try FileManager.default.contentsOfDirectory(atPath: folder.path))
      + (try FileManager.default.contentsOfDirectory(atPath: cache.path))
    #expect(!leftovers.contains { $0.contains(".importing-") || $0.hasSuffix("-journal") }, "\(leftovers)")
    #expect(killedMidway >= 10, "the kills must land during the work: \(killedMidway) of 40")
  }

  static func databases(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".sqlite") }.map { folder.appendingPathComponent($0).path }
  }
}
