import Foundation
import Testing

/// `silkroute data import --format dimacs`: the bundled network exported as a `.gr` graph,
/// imported again and routed; a malformed graph changes nothing.
@Suite(.serialized) struct DIMACSCommandTests {
  static let runner = CommandRunner(name: "silkroute-dimacs-tests")

  func run(_ arguments: [String]) throws -> CommandRunner.Output { try Self.runner.run(arguments) }

  @Test func exportImportRouteAndRefuseAMalformedGraph() throws {
    let folder = Self.runner.scratch.appendingPathComponent("dimacs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scoda = folder.appendingPathComponent("scoda.sqlite").path
    let gr = folder.appendingPathComponent("scoda-time.gr").path
    let imported = folder.appendingPathComponent("dimacs.sqlite").path

    #expect(try run(["data", "import", "--db", scoda]).status == 0)
    let export = try run([
      "data", "export", "--db", scoda, "--format", "dimacs", "--weight", "time", "--output", gr,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let load = try run([
      "data", "import", "--format", "dimacs", "--weight", "time", "--from", gr, "--db", imported,
    ])
    #expect(load.status == 0, "\(load.stderr)")
    #expect(load.text.hasPrefix("imported 152 nodes and "), "\(load.text)")
    let route = try run(["route", "n1", "n145", "--db", imported, "--objective", "fastest"])
    #expect(route.status == 0, "\(route.stderr)")
    #expect(route.text.contains("Node 1 (XX) → Node 145 (XX)"), "\(route.text)")

    // Exported again, the imported network gives the same graph, arc for arc.
    let again = folder.appendingPathComponent("again.gr").path
    #expect(
      try run([
        "data", "export", "--db", imported, "--format", "dimacs", "--weight", "time", "--output", again,
      ])
      .status == 0)
    func arcs(_ path: String) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        .filter { $0.hasPrefix("a ") }.map(String.init).sorted()
    }
    #expect(try arcs(again) == arcs(gr))

    let before = try Data(contentsOf: URL(fileURLWithPath: imported))
    let bad = folder.appendingPathComponent("bad.gr").path
    try "c broken\np sp 3 2\na 1 2 5\na 2 x 5\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let refused = try run(["data", "import", "--format", "dimacs", "--from", bad, "--db", imported])
    #expect(refused.status != 0)
    #expect(refused.stderr == "silkroute: bad.gr:4:5: head: expected a node id in 1...3, found 'x'\n")
    let loop = folder.appendingPathComponent("loop.gr").path
    try "p sp 3 1\na 3 3 5\n".write(toFile: loop, atomically: true, encoding: .utf8)
    let looped = try run(["data", "import", "--format", "dimacs", "--from", loop, "--db", imported])
    #expect(looped.status != 0)
    #expect(looped.stderr.hasPrefix("silkroute: loop.gr:2:1: self-loop on node 3"), "\(looped.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: imported)) == before)
  }
}
