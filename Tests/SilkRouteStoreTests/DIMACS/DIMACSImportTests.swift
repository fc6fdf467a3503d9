import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// `.gr` and `.co` parsing (every error located to the character) and import: a network whose
/// chosen criterion is the DIMACS weight, checked by exporting it again.
@Suite struct DIMACSImportTests {
  // MARK: Parsing

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

  // MARK: Coordinates

  @Test func parsesCoordinatesInMillionthsOfADegree() throws {
    let text =
      "c USA-road style\np aux sp co 3\nv 2 -73530767 41085396\nv 1 120030000 36300000\nv 3 0 -90000000\n"
    let coordinates = try DIMACSCoordinates(parsing: text, file: "t.co")
    #expect(coordinates.nodeCount == 3)
    #expect(coordinates.longitudes == [120_030_000, -73_530_767, 0])
    #expect(coordinates.latitudes == [36_300_000, 41_085_396, -90_000_000])
    #expect(coordinates.latitude(of: 1) == 41.085396 && coordinates.longitude(of: 1) == -73.530767)
  }

  @Test(
    arguments: [
      ("v 1 0 0\n", "1:1", "node before the problem line", "v"),
      (
        "p aux sp co 2147483647\n", "1:13", "nodes: declares 2147483647 nodes but a file of 23 bytes",
        "2147483647"
      ),
      ("p aux sp co 2\nv 1 0 0\n", "1:13", "nodes: no coordinates for node 2 (1 of 2 nodes placed)", "2"),
      ("p aux sp co 2\nv 1 0 0\nv 1 5 5\n", "3:3", "id: node 1 already placed at line 2", "1"),
      ("p aux sp co 2\nv 3 0 0\n", "2:3", "id: node id outside 1...2", "3"),
      ("p aux sp co 2\nv 1 181000000 0\n", "2:5", "longitude: outside -180...180 degrees", "181000000"),
      ("p aux sp co 2\nv 1 0 -90000001\n", "2:7", "latitude: outside -90...90 degrees", "-90000001"),
      ("p aux sp co 2\nv 1 12.5 0\n", "2:5", "longitude: expected an integer in millionths", "12.5"),
      ("p aux sp co 2\nv 1 0\n", "2:6", "expected 4 fields 'v ID LONGITUDE LATITUDE', found 3", nil),
      ("p sp co 2\n", "1:10", "expected 5 fields 'p aux sp co NODES', found 4", nil),
      ("p aux sp gr 2\n", "1:3", "expected 'p aux sp co NODES'", "aux"),
      ("p aux sp co 1\np aux sp co 1\n", "2:1", "a second problem line", "p"),
      ("p aux sp co 1\na 1 2 3\n", "2:1", "unknown line type: expected 'c', 'p' or 'v'", "a"),
    ] as [(String, String, String, String?)])
  func malformedCoordinatesAreLocated(text: String, place: String, message: String, value: String?) {
    let error = #expect(throws: DataFileError.self) { try DIMACSCoordinates(parsing: text, file: "bad.co") }
    #expect(error?.location.description == "bad.co:\(place)", "\(String(describing: error))")
    #expect(
      error?.description.hasPrefix("bad.co:\(place): \(message)") == true, "\(String(describing: error))")
    if let value { #expect(error?.value == value) }
  }

  // MARK: Import

  @Test func importedNetworkCarriesTheWeightAndNeutralFigures() throws {
    let graph = try DIMACSGraph(parsing: "p sp 3 3\na 1 2 40\na 2 3 60\na 1 2 20\n", file: "t.gr")
    for weight in DIMACSExport.Weight.allCases {
      let data = try DIMACSImport.network(from: graph, weight: weight)
      #expect(data.cities.map(\.id) == ["n1", "n2", "n3"] && data.terminals.map(\.id) == ["n1", "n2", "n3"])
      #expect(data.services.count == 3 && data.services.allSatisfy { !$0.bidirectional })
      #expect(data.sources.first?.citation.contains("t.gr") == true)
      let network = try TransportNetwork(data)
      let model = CargoCostModel(network: network, cargo: .containers(1, .feu))
      var seen: [[Int64]] = []
      for arc in 0..<network.arcCount {
        let totals = try #require(model.weight(of: arc))
        let service = network.arcService[arc]
        let value = graph.weights[Int(service)]
        let expected: [Int64] =
          switch weight {
          case .cost: [value, 1, 0]
          case .time: [0, value, 0]
          case .co2: [0, 1, value]
          }
        seen.append([totals.cost.rawValue, totals.time.rawValue, totals.co2.rawValue])
        #expect(seen.last == expected, "\(weight) arc \(arc)")
      }
      #expect(seen.count == 3)
    }
  }

  @Test func coordinatesPlaceTheCities() throws {
    let graph = try DIMACSGraph(parsing: "p sp 2 1\na 1 2 5\n", file: "t.gr")
    let coordinates = try DIMACSCoordinates(
      parsing: "p aux sp co 2\nv 1 76890000 43240000\nv 2 -0500000 51500000\n", file: "t.co")
    let data = try DIMACSImport.network(from: graph, weight: .time, coordinates: coordinates)
    #expect(data.cities[0].latitude == 43.24 && data.cities[0].longitude == 76.89)
    #expect(data.cities[1].latitude == 51.5 && data.cities[1].longitude == -0.5)
    #expect(try TransportNetwork(data).terminalCount == 2)
    let three = try DIMACSCoordinates(parsing: "p aux sp co 3\nv 1 0 0\nv 2 0 0\nv 3 0 0\n", file: "t.co")
    let error = #expect(throws: DataFileError.self) {
      try DIMACSImport.network(from: graph, weight: .time, coordinates: three)
    }
    #expect(error?.description == "t.co:1:13: nodes: coordinates for 3 nodes, but t.gr has 2, found '3'")
  }

  @Test func unrepresentableArcsAreLocated() throws {
    let loop = try DIMACSGraph(parsing: "p sp 2 2\na 1 2 20\nc\na 2 2 20\n", file: "t.gr")
    let loopError = #expect(throws: DataFileError.self) {
      try DIMACSImport.network(from: loop, weight: .cost)
    }
    #expect(
      loopError?.description == "t.gr:4:1: self-loop on node 2: a service joins two terminals, found '2'")
    let zero = try DIMACSGraph(parsing: "p sp 2 1\na 1 2 0\n", file: "t.gr")
    #expect(try DIMACSImport.network(from: zero, weight: .cost).services.count == 1)
    #expect(try DIMACSImport.network(from: zero, weight: .co2).services.count == 1)
    let zeroTime = #expect(throws: DataFileError.self) { try DIMACSImport.network(from: zero, weight: .time) }
    #expect(zeroTime?.description.hasPrefix("t.gr:2:1: weight: a time weight must be positive") == true)
    let odd = try DIMACSGraph(parsing: "p sp 2 1\na 1 2 33\n", file: "t.gr")
    let oddCO2 = #expect(throws: DataFileError.self) { try DIMACSImport.network(from: odd, weight: .co2) }
    #expect(
      oddCO2?.description.hasPrefix("t.gr:2:1: weight: a co2 weight must be a multiple of 20 g") == true)
  }

  // MARK: Round trips

  /// The arcs of `graph` as sorted (tail, head, weight) triples.
  static func arcs(_ graph: DIMACSGraph) -> [[Int64]] {
    (0..<graph.arcCount).map { [Int64(graph.tails[$0]), Int64(graph.heads[$0]), graph.weights[$0]] }
      .sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// `graph` imported for `weight` and exported again.
  static func roundTrip(_ graph: DIMACSGraph, weight: DIMACSExport.Weight) throws -> DIMACSGraph {
    let data = try DIMACSImport.network(from: graph, weight: weight)
    let text = DIMACSExport.graph(try TransportNetwork(data), weight: weight)
    return try DIMACSGraph(parsing: text, file: "again.gr")
  }

  @Test(arguments: DIMACSExport.Weight.allCases)
  func bundledNetworkSurvivesExportImportExport(weight: DIMACSExport.Weight) throws {
    let network = try TransportNetwork(try DataFolder.load(try BundledNetwork.dataFolder()))
    let graph = try DIMACSGraph(parsing: DIMACSExport.graph(network, weight: weight), file: "scoda.gr")
    #expect(graph.nodeCount == network.terminalCount && graph.arcCount > 200)
    let again = try Self.roundTrip(graph, weight: weight)
    #expect(again.nodeCount == graph.nodeCount)
    #expect(Self.arcs(again) == Self.arcs(graph))
  }

  @Test func randomGraphsSurviveImportExport() {
    for seed in UInt64(0)..<60 {
      var random = SeededGenerator(seed: seed)
      let nodes = Int.random(in: 2...8, using: &random)
      let count = Int.random(in: 0...24, using: &random)
      let weight = DIMACSExport.Weight.allCases[Int(seed % 3)]
      var text = "c seed \(seed)\np sp \(nodes) \(count)\n"
      for _ in 0..<count {
        let tail = Int.random(in: 1...nodes, using: &random)
        var head = Int.random(in: 1...nodes - 1, using: &random)
        if head >= tail { head += 1 }
        let value: Int64 =
          weight == .co2
          ? (Bool.random(using: &random) ? 1 : 20 * Int64.random(in: 1...50_000, using: &random))
          : Int64.random(in: 1...DIMACSGraph.maximumWeight, using: &random)
        text += "a \(tail) \(head) \(value)\n"
        if Int.random(in: 0..<4, using: &random) == 0 {  // sometimes a parallel arc
          text += "a \(tail) \(head) \(weight == .co2 && value > 1 ? value + 20 : value)\n"
        }
      }
      // The count line must match the arcs written (parallel ones included).
      let written = text.split(separator: "\n").filter { $0.hasPrefix("a ") }.count
      text = text.replacingOccurrences(of: "p sp \(nodes) \(count)\n", with: "p sp \(nodes) \(written)\n")
      do {
        let graph = try DIMACSGraph(parsing: text, file: "random.gr")
        let again = try Self.roundTrip(graph, weight: weight)
        #expect(again.nodeCount == nodes, "seed \(seed)")
        #expect(Self.arcs(again) == Self.arcs(graph), "seed \(seed), weight \(weight)\n\(text)")
      } catch {
        Issue.record("seed \(seed), weight \(weight): \(error)\n\(text)")
      }
    }
  }
}

/// SplitMix64: a small repeatable generator, so a failing seed can be replayed.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
