import Foundation
import Testing

/// `silkroute data compile` and the snapshots every command reads a database through.
@Suite(.serialized) struct CompileCommandTests {
  let runner = CommandRunner(name: "compile-command")

  /// A seeded synthetic database in a fresh folder, and two of its cities.
  func database() throws -> (folder: URL, db: String, from: String, to: String) {
    let folder = runner.scratch.appendingPathComponent("net-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let db = folder.appendingPathComponent("net.sqlite").path
    let generated = try runner.run(["data", "generate", "--terminals", "200", "--seed", "4", "--output", db])
    #expect(generated.status == 0, "\(generated.stderr)")
    let cities = try runner.run(["cities", "--db", db, "--format", "json"])
    let names = try #require(
      (try JSONSerialization.jsonObject(with: cities.stdout) as? [[String: Any]])?.compactMap {
        $0["name"] as? String
      })
    return (folder, db, names[0], names[names.count / 2])
  }

  @Test func compiledSnapshotsAnswerLikeTheDatabase() throws {
    let (folder, db, from, to) = try database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fresh = ["SILKROUTE_CACHE": folder.appendingPathComponent("cache-a").path]
    let fromDatabase = try runner.run(
      ["route", from, to, "--db", db, "--format", "json"], environment: fresh)
    #expect(fromDatabase.status == 0, "\(fromDatabase.stderr)")
    let compiled = try runner.run(["data", "compile", "--db", db])
    #expect(compiled.status == 0 && compiled.text.contains("compiled 200 terminals"), "\(compiled.text)")
    let snapshot = folder.appendingPathComponent("net.silkroute").path
    #expect(FileManager.default.fileExists(atPath: snapshot))
    let direct = try runner.run(["route", from, to, "--db", snapshot, "--format", "json"])
    let beside = try runner.run(["route", from, to, "--db", db, "--format", "json"])
    #expect(direct.stdout == fromDatabase.stdout && beside.stdout == fromDatabase.stdout)
    #expect(direct.stderr.isEmpty && beside.stderr.isEmpty, "\(direct.stderr)\(beside.stderr)")
  }

  /// `--output` names where the snapshot goes (and may not be the database itself).
  @Test func outputChoosesTheSnapshotFile() throws {
    let (folder, db, from, to) = try database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chosen = folder.appendingPathComponent("elsewhere/chosen.silkroute").path
    let compiled = try runner.run(["data", "compile", "--db", db, "--output", chosen])
    #expect(compiled.status == 0 && compiled.text.contains(chosen), "\(compiled.stderr)")
    #expect(FileManager.default.fileExists(atPath: chosen))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("net.silkroute").path))
    let direct = try runner.run(["route", from, to, "--db", chosen, "--format", "json"])
    let fromDatabase = try runner.run(["route", from, to, "--db", db, "--format", "json"])
    #expect(direct.status == 0 && direct.stdout == fromDatabase.stdout, "\(direct.stderr)")
    expectOneLineError(
      try runner.run(["data", "compile", "--db", db, "--output", db]), containing: "must not be the database")
  }

  /// A damaged snapshot beside the database: one warning line, then the answer from the database.
  @Test func aDamagedSnapshotIsReportedAndBypassed() throws {
    let (folder, db, from, to) = try database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let expected = try runner.run(["route", from, to, "--db", db])
    #expect(try runner.run(["data", "compile", "--db", db]).status == 0)
    let snapshot = URL(fileURLWithPath: folder.appendingPathComponent("net.silkroute").path)
    var bytes = Array(try Data(contentsOf: snapshot))
    bytes[bytes.count / 3] ^= 0x04
    try Data(bytes).write(to: snapshot)
    let fresh = ["SILKROUTE_CACHE": folder.appendingPathComponent("cache-b").path]
    let run = try runner.run(["route", from, to, "--db", db], environment: fresh)
    #expect(run.status == 0 && run.stdout == expected.stdout)
    #expect(
      run.stderr.split(separator: "\n").count == 1 && run.stderr.contains("checksum does not match"),
      "\(run.stderr)")
    let direct = try runner.run(["route", from, to, "--db", snapshot.path])
    expectOneLineError(direct, containing: "checksum does not match")
  }

  /// Processes started together on a fresh cache all answer alike and leave one snapshot; then
  /// processes share that snapshot.
  @Test func concurrentProcessesShareOneSnapshot() throws {
    let (folder, db, from, to) = try database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache-c")
    let arguments = ["route", from, to, "--db", db, "--format", "json"]
    let results = Self.together(4) { try runner.run(arguments, environment: ["SILKROUTE_CACHE": cache.path]) }
    #expect(results.count == 4 && results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
    #expect(Set(results.map(\.stdout)).count == 1)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: cache.appendingPathComponent("snapshots").path)
    #expect(files.count == 1 && files.allSatisfy { $0.hasSuffix(".silkroute") }, "\(files)")
    let again = Self.together(4) { try runner.run(arguments, environment: ["SILKROUTE_CACHE": cache.path]) }
    #expect(again.count == 4 && again.allSatisfy { $0.stdout == results[0].stdout && $0.stderr.isEmpty })
  }

  /// `count` runs of `body` at the same time; the outputs of those that did not throw.
  static func together(_ count: Int, _ body: @escaping @Sendable () throws -> CommandRunner.Output)
    -> [CommandRunner.Output]
  {
    final class Collected: @unchecked Sendable {
      let lock = NSLock()
      var outputs: [CommandRunner.Output] = []
    }
    let collected = Collected()
    DispatchQueue.concurrentPerform(iterations: count) { _ in
      guard let output = try? body() else { return }
      collected.lock.withLock { collected.outputs.append(output) }
    }
    return collected.outputs
  }

  @Test func aForeignOrTruncatedSnapshotIsOneLineError() throws {
    let folder = runner.scratch.appendingPathComponent("foreign-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let cut = folder.appendingPathComponent("cut.silkroute").path
    FileManager.default.createFile(atPath: cut, contents: Data("SILKSNAP".utf8 + [1, 0, 0, 0]))
    expectOneLineError(
      try runner.run(["route", "Jiaozhou", "Hamburg", "--db", cut]), containing: "header is cut off")
    let compile = try runner.run([
      "data", "compile", "--db", folder.appendingPathComponent("none.sqlite").path,
    ])
    expectOneLineError(compile, containing: "none.sqlite")
  }

  /// The bundled network is answered from its compiled snapshot once Data/ has been read.
  @Test func theBundledNetworkIsCompiledOnFirstUse() throws {
    let cache = runner.scratch.appendingPathComponent("cache-bundled-\(UUID())")
    defer { try? FileManager.default.removeItem(at: cache) }
    let first = try runner.run(
      ["route", "Jiaozhou", "Hamburg"], environment: ["SILKROUTE_CACHE": cache.path])
    let files = try FileManager.default.contentsOfDirectory(
      atPath: cache.appendingPathComponent("snapshots").path)
    #expect(files.contains { $0.hasPrefix("scoda-") && $0.hasSuffix(".silkroute") }, "\(files)")
    let second = try runner.run(
      ["route", "Jiaozhou", "Hamburg"], environment: ["SILKROUTE_CACHE": cache.path])
    #expect(first.status == 0 && second.stdout == first.stdout && second.stderr.isEmpty)
  }
}
