import SilkRouteStore

/// A seeded random graph of up to 8 nodes and 24 arcs (some parallel), written as one `.gr` text
/// per criterion with the same arcs in the same order, each weight within what `DIMACSImport` reads
/// for its criterion.
struct RandomDIMACS {
  var nodeCount: Int
  /// Per arc, its 1-based tail and head.
  var tails: [Int] = []
  var heads: [Int] = []
  /// Per criterion, per arc, its weight.
  var weights: [DIMACSExport.Weight: [Int64]] = [:]

  var arcCount: Int { tails.count }

  init(seed: UInt64, criteria: [DIMACSExport.Weight]) {
    var random = SeededGenerator(seed: seed)
    nodeCount = Int.random(in: 2...8, using: &random)
    for _ in 0..<Int.random(in: 0...24, using: &random) {
      let tail = Int.random(in: 1...nodeCount, using: &random)
      var head = Int.random(in: 1...nodeCount - 1, using: &random)
      if head >= tail { head += 1 }
      let copies = Int.random(in: 0..<4, using: &random) == 0 ? 2 : 1  // sometimes a parallel arc
      tails += Array(repeating: tail, count: copies)
      heads += Array(repeating: head, count: copies)
    }
    for weight in criteria {
      weights[weight] = tails.map { _ in Self.value(for: weight, using: &random) }
    }
  }

  /// A weight `DIMACSImport` accepts for `weight`: any for cost, positive for time, 1 or a multiple
  /// of 20 for co2.
  static func value(for weight: DIMACSExport.Weight, using random: inout SeededGenerator) -> Int64 {
    switch weight {
    case .cost: Int64.random(in: 0...DIMACSGraph.maximumWeight, using: &random)
    case .time: Int64.random(in: 1...DIMACSGraph.maximumWeight, using: &random)
    case .co2: Bool.random(using: &random) ? 1 : 20 * Int64.random(in: 0...100_000, using: &random)
    }
  }

  /// The `.gr` text of `weight`'s file.
  func text(_ weight: DIMACSExport.Weight) -> String {
    let values = weights[weight] ?? []
    var text = "c random graph, weight \(weight.rawValue)\np sp \(nodeCount) \(arcCount)\n"
    for arc in 0..<arcCount { text += "a \(tails[arc]) \(heads[arc]) \(values[arc])\n" }
    return text
  }

  /// Each criterion's file parsed, named `r-<weight>.gr`, in `criteria` order.
  func graphs(_ criteria: [DIMACSExport.Weight]) throws -> [DIMACSImport.WeightedGraph] {
    try criteria.map {
      DIMACSImport.WeightedGraph(try DIMACSGraph(parsing: text($0), file: "r-\($0.rawValue).gr"), weight: $0)
    }
  }
}
