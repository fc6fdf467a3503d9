import Testing

@testable import SilkRouteStore

/// The weight files of one import must describe one graph: every disagreement is located in the
/// later file and names the first file and its arc there.
@Suite struct DIMACSImportSameArcsTests {
  static let distance = "c distance\np sp 4 5\na 1 2 10\na 2 4 10\na 1 3 1\na 3 4 1\na 1 4 50\n"

  /// The error importing `distance` as cost and `other` (named `t.gr`) as time.
  static func error(_ other: String) throws -> DataFileError? {
    let graphs = [
      DIMACSImport.WeightedGraph(try DIMACSGraph(parsing: distance, file: "d.gr"), weight: .cost),
      DIMACSImport.WeightedGraph(try DIMACSGraph(parsing: other, file: "t.gr"), weight: .time),
    ]
    return #expect(throws: DataFileError.self) { try DIMACSImport.network(from: graphs) }
  }

  @Test func sameArcsWithOtherWeightsAreOneNetwork() throws {
    let time = "p sp 4 5\na 1 2 1\na 2 4 1\nc a comment moves the lines\na 1 3 30\na 3 4 30\na 1 4 5\n"
    let graphs = [
      DIMACSImport.WeightedGraph(try DIMACSGraph(parsing: Self.distance, file: "d.gr"), weight: .cost),
      DIMACSImport.WeightedGraph(try DIMACSGraph(parsing: time, file: "t.gr"), weight: .time),
    ]
    let data = try DIMACSImport.network(from: graphs)
    #expect(data.services.map { $0.tariff.perFEU?.rawValue } == [10, 10, 1, 1, 50])
    #expect(data.services.map(\.transit.rawValue) == [1, 1, 30, 30, 5])
  }

  @Test func anotherNodeCountIsLocatedAtTheProblemLine() throws {
    let error = try Self.error("p sp 5 5\na 1 2 1\na 2 4 1\na 1 3 30\na 3 4 30\na 1 4 5\n")
    #expect(
      error?.description
        == "t.gr:1:6: nodes: 5 nodes, but d.gr has 4: the weight files must describe the same graph, found '5'"
    )
  }

  @Test func anotherArcIsLocatedAtItsLineWithTheFirstFilesArc() throws {
    let error = try Self.error("p sp 4 5\na 1 2 1\na 2 4 1\n\na 1 4 30\na 3 4 30\na 1 3 5\n")
    #expect(
      error?.description
        == "t.gr:5:1: arc 3 differs from d.gr:5 (a 1 3): the weight files must list the same arcs"
        + " (tail, head) in the same order, found 'a 1 4'")
    let reversed = try Self.error("p sp 4 5\na 2 1 1\na 2 4 1\na 1 3 30\na 3 4 30\na 1 4 5\n")
    #expect(reversed?.description.hasPrefix("t.gr:2:1: arc 1 differs from d.gr:3 (a 1 2)") == true)
  }

  @Test func theSameArcsInAnotherOrderAreRefused() throws {
    let error = try Self.error("p sp 4 5\na 1 2 1\na 2 4 1\na 3 4 30\na 1 3 30\na 1 4 5\n")
    #expect(error?.description.hasPrefix("t.gr:4:1: arc 3 differs from d.gr:5 (a 1 3)") == true)
    #expect(error?.value == "a 3 4")
  }

  @Test func anotherArcCountIsLocatedAtTheProblemLine() throws {
    let fewer = try Self.error("c\np sp 4 4\na 1 2 1\na 2 4 1\na 1 3 30\na 3 4 30\n")
    #expect(
      fewer?.description
        == "t.gr:2:8: arcs: 4 arcs, but d.gr has 5 (the first unmatched is arc 5, d.gr:7: a 1 4):"
        + " the weight files must list the same arcs in the same order, found '4'")
    let more = try Self.error("p sp 4 6\na 1 2 1\na 2 4 1\na 1 3 30\na 3 4 30\na 1 4 5\na 4 1 5\n")
    #expect(
      more?.description.hasPrefix(
        "t.gr:1:8: arcs: 6 arcs, but d.gr has 5 (the first unmatched is arc 6, t.gr:7: a 4 1)")
        == true)
  }

  @Test func aCriterionGivenTwiceIsRefused() throws {
    let graph = try DIMACSGraph(parsing: Self.distance, file: "d.gr")
    let again = try DIMACSGraph(parsing: Self.distance, file: "e.gr")
    let error = #expect(throws: DataFileError.self) {
      try DIMACSImport.network(from: [
        .init(graph, weight: .cost), .init(again, weight: .time), .init(again, weight: .cost),
      ])
    }
    #expect(
      error?.description
        == "e.gr:0:1: the cost weight already comes from d.gr: each criterion comes from one file, found 'cost'"
    )
  }

  /// On seeded random graphs, a second file changed in one way (an arc's tail or head, two arcs
  /// swapped, an arc added or dropped, another node count) is refused in that file; unchanged, it
  /// imports.
  @Test func everyChangeToTheSecondFileIsRefused() {
    var changes = 0
    for seed in UInt64(0)..<200 {
      let instance = RandomDIMACS(seed: seed, criteria: [.co2, .time])
      var changed = instance
      var random = SeededGenerator(seed: seed &+ 7_000)
      let change = Self.change(&changed, using: &random)
      do {
        let co2 = DIMACSImport.WeightedGraph(
          try DIMACSGraph(parsing: instance.text(.co2), file: "c.gr"), weight: .co2)
        let time = DIMACSImport.WeightedGraph(
          try DIMACSGraph(parsing: changed.text(.time), file: "t.gr"), weight: .time)
        if change == nil {
          #expect(try DIMACSImport.network(from: [co2, time]).services.count == instance.arcCount)
        } else {
          changes += 1
          let error = #expect(throws: DataFileError.self, "seed \(seed): \(change ?? "")") {
            try DIMACSImport.network(from: [co2, time])
          }
          #expect(
            error?.location.file == "t.gr" && error?.description.contains("c.gr") == true, "seed \(seed)")
        }
      } catch {
        Issue.record("seed \(seed): \(error)")
      }
    }
    #expect(changes >= 100, "\(changes) of 200 files changed")
  }

  /// Changes `instance`'s arcs or node count in one random way and says how, or `nil` when it
  /// leaves it as it was.
  static func change(_ instance: inout RandomDIMACS, using random: inout SeededGenerator) -> String? {
    let count = instance.arcCount
    switch Int.random(in: 0..<6, using: &random) {
    case 0 where count > 0:
      let arc = Int.random(in: 0..<count, using: &random)
      let head = instance.heads[arc] % instance.nodeCount + 1
      guard head != instance.tails[arc] else { return nil }
      instance.heads[arc] = head
      return "head of arc \(arc + 1)"
    case 1 where count > 1:
      let arc = Int.random(in: 0..<count - 1, using: &random)
      guard instance.tails[arc] != instance.tails[arc + 1] || instance.heads[arc] != instance.heads[arc + 1]
      else { return nil }
      instance.tails.swapAt(arc, arc + 1)
      instance.heads.swapAt(arc, arc + 1)
      return "arcs \(arc + 1) and \(arc + 2) swapped"
    case 2:
      instance.tails.append(1)
      instance.heads.append(2)
      instance.weights[.time]?.append(5)
      return "an arc added"
    case 3 where count > 0:
      instance.tails.removeLast()
      instance.heads.removeLast()
      instance.weights[.time]?.removeLast()
      return "the last arc dropped"
    case 4:
      instance.nodeCount += 1
      return "a node added"
    default:
      return nil
    }
  }
}
