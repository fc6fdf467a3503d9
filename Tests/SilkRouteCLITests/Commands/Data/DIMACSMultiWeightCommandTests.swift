import Foundation
import Testing

/// `silkroute data import|export --format dimacs` with several `--from`/`--weight` pairs: one
/// network carries every criterion, routes by each equal Dijkstra on that file's weights, the
/// Pareto front equals label correction on both, and export → import → export is byte-identical.
@Suite(.serialized) struct DIMACSMultiWeightCommandTests {
  static let runner = CommandRunner(name: "silkroute-dimacs-multi-tests")

  func run(_ arguments: [String]) throws -> CommandRunner.Output { try Self.runner.run(arguments) }

  func scratch() throws -> URL {
    let folder = Self.runner.scratch.appendingPathComponent("multi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// `route from to` on `db` as JSON, with `extra` options.
  func route(_ from: Int64, _ to: Int64, _ db: String, _ extra: [String]) throws -> [String: Any] {
    let output = try run(["route", "n\(from)", "n\(to)", "--db", db, "--format", "json"] + extra)
    #expect(output.status == 0, "\(output.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any])
  }

  /// An itinerary's total cost (cents) and time (minutes).
  static func totals(_ itinerary: Any?) -> [Int64] {
    let totals = (itinerary as? [String: Any])?["totals"] as? [String: Any]
    return [
      (totals?["costCents"] as? NSNumber)?.int64Value ?? -1,
      (totals?["timeMinutes"] as? NSNumber)?.int64Value ?? -1,
    ]
  }

  /// Imports `pairs` (file, criterion, …) into a new database in `folder`.
  func importing(_ pairs: [String], into folder: URL, name: String) throws -> String {
    let db = folder.appendingPathComponent(name).path
    var arguments = ["data", "import", "--format", "dimacs", "--db", db]
    for index in stride(from: 0, to: pairs.count - 1, by: 2) {
      arguments += ["--from", pairs[index], "--weight", pairs[index + 1]]
    }
    let output = try run(arguments)
    #expect(output.status == 0, "\(output.stderr)")
    return db
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func cheapestFastestAndTheFrontFollowBothFiles(seed: UInt64) throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let instance = DIMACSInstance(seed: seed)
    let files = try instance.write(prefix: folder.appendingPathComponent("g"))
    let db = try importing([files[0], "cost", files[1], "time"], into: folder, name: "both.sqlite")
    var differ = 0
    var largestFront = 0
    for to in Int64(2)...Int64(instance.nodeCount) {
      let cheapest = Self.totals(try route(1, to, db, ["--objective", "cheapest"])["itinerary"])
      let fastest = Self.totals(try route(1, to, db, ["--objective", "fastest"])["itinerary"])
      #expect(cheapest[0] == instance.shortest(from: 1, to: to, column: 2), "seed \(seed), n1 → n\(to)")
      #expect(fastest[1] == instance.shortest(from: 1, to: to, column: 3), "seed \(seed), n1 → n\(to)")
      if cheapest != fastest { differ += 1 }
      let front = try route(1, to, db, ["--pareto", "cost,time"])["paretoFront"] as? [Any] ?? []
      let found = Set(front.map(Self.totals)).sorted { $0.lexicographicallyPrecedes($1) }
      #expect(found == instance.paretoFront(from: 1, to: to), "seed \(seed), n1 → n\(to)")
      largestFront = max(largestFront, found.count)
    }
    #expect(largestFront >= 2, "seed \(seed): every front is one route")
    #expect(differ > 0, "seed \(seed): the cheapest and the fastest routes never differ")
  }

  /// Each pair binds: without the time file the fastest route is the fewest arcs, and the
  /// criteria follow the files they are paired with.
  @Test func eachPairBindsItsFileToItsCriterion() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let instance = DIMACSInstance(seed: 4)
    let files = try instance.write(prefix: folder.appendingPathComponent("g"))
    let costOnly = try importing([files[0], "cost"], into: folder, name: "cost.sqlite")
    let swapped = try importing([files[0], "time", files[1], "cost"], into: folder, name: "swapped.sqlite")
    let both = try importing([files[1], "time", files[0], "cost"], into: folder, name: "both.sqlite")
    var changed = 0
    for to in Int64(2)...Int64(instance.nodeCount) {
      let fewest = Self.totals(try route(1, to, costOnly, ["--objective", "fastest"])["itinerary"])
      #expect(fewest[1] == instance.shortest(from: 1, to: to, column: nil))
      let fastest = Self.totals(try route(1, to, both, ["--objective", "fastest"])["itinerary"])
      #expect(fastest[1] == instance.shortest(from: 1, to: to, column: 3))
      if fewest[1] != fastest[1] { changed += 1 }
      let cheapest = Self.totals(try route(1, to, swapped, ["--objective", "cheapest"])["itinerary"])
      #expect(cheapest[0] == instance.shortest(from: 1, to: to, column: 3))
      let quickest = Self.totals(try route(1, to, swapped, ["--objective", "fastest"])["itinerary"])
      #expect(quickest[1] == instance.shortest(from: 1, to: to, column: 2))
    }
    #expect(changed > 0)
  }

  /// `data export` with several `--weight` writes `PREFIX-<weight>.gr` with the files' arcs; imported
  /// back and exported again, the same bytes. One `--weight` still writes `--output` itself.
  @Test func exportImportExportIsByteIdentical() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let instance = DIMACSInstance(seed: 5)
    let files = try instance.write(prefix: folder.appendingPathComponent("g"))
    let db = try importing([files[0], "cost", files[1], "time"], into: folder, name: "first.sqlite")
    let prefix = folder.appendingPathComponent("out").path
    let export = try run([
      "data", "export", "--db", db, "--format", "dimacs", "--weight", "cost", "--weight", "time", "--output",
      prefix,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.text == "exported 10 nodes, weights cost, time, to \(prefix)-cost.gr, \(prefix)-time.gr\n")
    func arcs(_ path: String) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("a ") }
        .map(String.init)
    }
    #expect(try arcs(prefix + "-cost.gr").sorted() == arcs(files[0]).sorted())
    #expect(try arcs(prefix + "-time.gr").sorted() == arcs(files[1]).sorted())
    #expect(
      try arcs(prefix + "-cost.gr").map { $0.split(separator: " ").prefix(3) }
        == arcs(prefix + "-time.gr").map { $0.split(separator: " ").prefix(3) })
    let again = try importing(
      [prefix + "-time.gr", "time", prefix + "-cost.gr", "cost"], into: folder, name: "again.sqlite")
    let prefix2 = folder.appendingPathComponent("again").path
    #expect(
      try run([
        "data", "export", "--db", again, "--format", "dimacs", "--weight", "cost", "--weight", "time",
        "--output", prefix2,
      ]).status == 0)
    for weight in ["cost", "time"] {
      let first = try String(contentsOfFile: "\(prefix)-\(weight).gr", encoding: .utf8)
      let second = try String(contentsOfFile: "\(prefix2)-\(weight).gr", encoding: .utf8)
      #expect(first == second, "\(weight): the second export differs")
    }
    let single = folder.appendingPathComponent("single.gr").path
    #expect(
      try run(["data", "export", "--db", again, "--format", "dimacs", "--weight", "time", "--output", single])
        .status == 0)
    let singleText = try String(contentsOfFile: single, encoding: .utf8)
    #expect(singleText == (try String(contentsOfFile: prefix + "-time.gr", encoding: .utf8)))
    #expect(!FileManager.default.fileExists(atPath: single + "-time.gr"))
  }

  /// Pairs that do not pair, a criterion twice and files of other arcs: one line on stderr, a
  /// non-zero exit and the database as it was.
  @Test func mismatchedFilesAndFlagsAreRefusedInOneLine() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try DIMACSInstance(seed: 6).write(prefix: folder.appendingPathComponent("g"))
    let db = try importing([files[0], "cost", files[1], "time"], into: folder, name: "kept.sqlite")
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let base = ["data", "import", "--format", "dimacs", "--db", db]
    expectOneLineError(
      try run(base + ["--from", files[0], "--weight", "time", "--from", files[1], "--weight", "time"]),
      status: 64,
      containing: "--weight time is given twice")
    expectOneLineError(
      try run(base + ["--from", files[0], "--from", files[1], "--weight", "cost"]), status: 64,
      containing: "--from and --weight pair in order: 2 --from but 1 --weight")
    expectOneLineError(
      try run(base + ["--from", files[0], "--weight", "cost", "--weight", "time"]), status: 64,
      containing: "--from and --weight pair in order: 1 --from but 2 --weight")
    expectOneLineError(
      try run([
        "data", "export", "--db", db, "--format", "dimacs", "--weight", "co2", "--weight", "co2", "--output",
        folder.appendingPathComponent("x").path,
      ]), status: 64, containing: "--weight co2 is given twice")
    let other = folder.appendingPathComponent("other-t.gr").path
    try DIMACSInstance(seed: 7).text(column: 3).write(toFile: other, atomically: true, encoding: .utf8)
    let refused = try run(
      base + ["--from", files[0], "--weight", "cost", "--from", other, "--weight", "time"])
    expectOneLineError(refused, status: 65, containing: "other-t.gr:")
    #expect(
      refused.stderr.contains("differs from g-d.gr:") || refused.stderr.contains("but g-d.gr has"),
      "\(refused.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }
}
