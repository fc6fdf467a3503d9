import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Import: a network whose chosen criterion is the DIMACS weight, checked by exporting it again
/// (parsing: `DIMACSGraphTests`, `DIMACSCoordinatesTests`).
@Suite struct DIMACSImportTests {
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

  // MARK: Several weights

  /// Each criterion of a multi-weight import is its file's weight exactly, and each criterion not
  /// given is neutral, as `CargoCostModel` prices one FEU: seeded random graphs with parallel arcs,
  /// two or three criteria in any order.
  @Test func severalWeightsGiveEachCriterionExactly() {
    for seed in UInt64(0)..<80 {
      var random = SeededGenerator(seed: seed &+ 1_000)
      var criteria = DIMACSExport.Weight.allCases.shuffled(using: &random)
      criteria.removeLast(Int.random(in: 0...1, using: &random))
      let instance = RandomDIMACS(seed: seed, criteria: criteria)
      do {
        let data = try DIMACSImport.network(from: try instance.graphs(criteria))
        let network = try TransportNetwork(data)
        let model = CargoCostModel(network: network, cargo: .containers(1, .feu))
        #expect(network.arcCount == instance.arcCount, "seed \(seed)")
        for arc in 0..<network.arcCount {
          let totals = try #require(model.weight(of: arc), "seed \(seed)")
          let service = Int(network.arcService[arc])
          let expected = [
            instance.weights[.cost]?[service] ?? 0, instance.weights[.time]?[service] ?? 1,
            instance.weights[.co2].map { $0[service] == 1 ? 0 : $0[service] } ?? 0,
          ]
          #expect(
            [totals.cost.rawValue, totals.time.rawValue, totals.co2.rawValue] == expected,
            "seed \(seed), \(criteria), arc \(arc)")
          #expect(
            network.arcTail[arc].index + 1 == instance.tails[service]
              && network.arcHead[arc].index + 1 == instance.heads[service], "seed \(seed)")
        }
        // The figures a file gives cite the graph; the others the neutral source.
        let sources = data.services.first.map { [$0.tariffSources, $0.timeSources, $0.co2Sources] }
        let cited = [DIMACSExport.Weight.cost, .time, .co2].map {
          [criteria.contains($0) ? DIMACSImport.graphSource : DIMACSImport.neutralSource]
        }
        #expect(sources == nil || sources == cited, "seed \(seed)")
      } catch {
        Issue.record("seed \(seed), \(criteria): \(error)")
      }
    }
  }

  /// One file is read as before; several are named in the graph's source, each with its criterion.
  @Test func sourceNamesEveryFile() throws {
    let instance = RandomDIMACS(seed: 7, criteria: [.cost, .time])
    let one = try DIMACSImport.network(from: try instance.graphs([.time]))
    let source = try #require(one.sources.first)
    #expect(
      source.citation
        == "9th DIMACS Implementation Challenge shortest-path graph r-time.gr (\(instance.nodeCount) nodes, \(instance.arcCount) arcs)"
    )
    #expect(source.note == "arc weights read as time in minutes")
    let two = try #require(try DIMACSImport.network(from: try instance.graphs([.cost, .time])).sources.first)
    #expect(
      two.citation.hasPrefix(
        "9th DIMACS Implementation Challenge shortest-path graphs r-cost.gr, r-time.gr ("))
    #expect(
      two.note == "arc weights read as cost in US cents per FEU (r-cost.gr), time in minutes (r-time.gr)")
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
