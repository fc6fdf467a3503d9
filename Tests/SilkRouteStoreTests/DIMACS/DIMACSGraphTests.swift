import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// `.gr` parsing: arcs, comments and lines, every error located to the character (moved from
/// `DIMACSImportTests`).
@Suite struct DIMACSGraphTests {
  @Test func parsesArcsCommentsAndLines() throws {
    let text = "c a test graph\r\nc\n\np sp 3 4\na 1 2 7\r\na\t2 3  0\na 3 1 4294967295\na 1 2 9\n"
    let graph = try DIMACSGraph(parsing: text, file: "t.gr")
    #expect(graph.nodeCount == 3)
    #expect(graph.tails == [0, 1, 2, 0])
    #expect(graph.heads == [1, 2, 0, 1])
    #expect(graph.weights == [7, 0, 4_294_967_295, 9])
    #expect(graph.comments == ["a test graph", ""])
    #expect(graph.arcLines == [5, 6, 7, 8])
    #expect(graph.location(ofArc: 2).description == "t.gr:7:1")
    #expect(
      graph.nodeCountLocation.description == "t.gr:4:6" && graph.arcCountLocation.description == "t.gr:4:8")
  }

  @Test func emptyGraphWithoutArcs() throws {
    let graph = try DIMACSGraph(parsing: "p sp 1 0", file: "t.gr")
    #expect(graph.nodeCount == 1 && graph.arcCount == 0)
  }

  /// Each malformed file, the place of its error, what the message says and the value it quotes.
  @Test(
    arguments: [
      ("", "1:1", "no problem line", nil),
      ("c only a comment\n", "1:1", "no problem line", nil),
      ("a 1 2 3\np sp 2 1\n", "1:1", "arc before the problem line", "a"),
      ("p sp 2 1\np sp 2 1\na 1 2 3\n", "2:1", "a second problem line (the first is at line 1)", "p"),
      ("p max 2 1\n", "1:3", "expected the problem type 'sp'", "max"),
      ("p sp 2\n", "1:7", "expected 4 fields 'p sp NODES ARCS', found 3", nil),
      ("p sp 0 0\n", "1:6", "nodes: expected an integer in 1...", "0"),
      ("p sp 2 x\n", "1:8", "arcs: expected an integer in 0...", "x"),
      ("p sp 99999999999 1\n", "1:6", "nodes: more than 2147483647", "99999999999"),
      // Declared sizes are checked before anything is allocated for them.
      (
        "p sp 2147483647 0\n", "1:6", "nodes: declares 2147483647 nodes but 0 arcs touch at most 0",
        "2147483647"
      ),
      ("p sp 2000000000 1\na 1 2 3\n", "1:6", "nodes: declares 2000000000 nodes but 1 arcs", "2000000000"),
      ("p sp 1000000 0\n", "1:6", "nodes: declares 1000000 nodes", "1000000"),
      ("p sp 2 2147483647\n", "1:8", "arcs: declares 2147483647 arcs but a file of 18 bytes", "2147483647"),
      ("p sp 2 1\na 1 3 5\n", "2:5", "head: node id outside 1...2", "3"),
      ("p sp 2 1\na 0 2 5\n", "2:3", "tail: node id outside 1...2", "0"),
      ("p sp 2 1\na 1 -2 5\n", "2:5", "head: node id outside 1...2", "-2"),
      ("p sp 2 1\na one 2 5\n", "2:3", "tail: expected a node id in 1...2", "one"),
      ("p sp 2 1\na 1 2 -5\n", "2:7", "weight: negative weight", "-5"),
      ("p sp 2 1\na 1 2 2.5\n", "2:7", "weight: expected a non-negative integer", "2.5"),
      ("p sp 2 1\na 1 2 -\n", "2:7", "weight: expected a non-negative integer", "-"),
      ("p sp 2 1\na 1 2 +5\n", "2:7", "weight: expected a non-negative integer", "+5"),
      ("p sp 2 1\na  1\t2 99999999999999999999999\n", "2:8", "weight: weight above 4294967295", nil),
      ("p sp 2 1\na 1 2\n", "2:6", "expected 4 fields 'a TAIL HEAD WEIGHT', found 3", nil),
      ("p sp 2 1\na 1 2 3 4\n", "2:9", "expected 4 fields 'a TAIL HEAD WEIGHT', found 5", "4"),
      ("p sp 2 2\na 1 2 3\n", "1:8", "arcs: the problem line declares 2 arcs but the file has 1", "2"),
      ("p sp 2 1\na 1 2 3\na 2 1 3\n", "3:1", "more arcs than the 1 declared at line 1", "a"),
      ("p sp 2 1\nx 1 2 3\n", "2:1", "unknown line type: expected 'c', 'p' or 'a'", "x"),
      ("p sp 2 1\nc ok\n  arc 1 2 3\n", "3:3", "unknown line type", "arc"),
    ] as [(String, String, String, String?)])
  func malformedGraphIsLocated(text: String, place: String, message: String, value: String?) {
    let error = #expect(throws: DataFileError.self) { try DIMACSGraph(parsing: text, file: "bad.gr") }
    #expect(error?.location.description == "bad.gr:\(place)", "\(String(describing: error))")
    #expect(
      error?.description.hasPrefix("bad.gr:\(place): \(message)") == true, "\(String(describing: error))")
    if let value { #expect(error?.value == value) }
  }

  @Test func columnsCountCharactersNotBytes() {
    let unknown = #expect(throws: DataFileError.self) {
      try DIMACSGraph(parsing: "p sp 2 1\nc Dürrenstein\nä 1 2 3\n", file: "u.gr")
    }
    #expect(unknown?.description == "u.gr:3:1: unknown line type: expected 'c', 'p' or 'a', found 'ä'")
    // "é" is two bytes but one character.
    let extra = #expect(throws: DataFileError.self) {
      try DIMACSGraph(parsing: "p sp 2 1\na é 2 3 4\n", file: "u.gr")
    }
    #expect(extra?.location.description == "u.gr:2:9" && extra?.value == "4")
  }

  @Test func readsAFileAndNamesItByItsLastComponent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dimacs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("tiny.gr")
    try "p sp 2 1\na 1 2 x\n".write(to: file, atomically: true, encoding: .utf8)
    let malformed = #expect(throws: DataFileError.self) { try DIMACSGraph.read(file.path) }
    #expect(malformed?.description == "tiny.gr:2:7: weight: expected a non-negative integer, found 'x'")
    let missing = #expect(throws: StoreError.self) {
      try DIMACSGraph.read(folder.appendingPathComponent("missing.gr").path)
    }
    #expect(missing?.message.hasPrefix("cannot read \(folder.path)/missing.gr") == true)
  }
}
