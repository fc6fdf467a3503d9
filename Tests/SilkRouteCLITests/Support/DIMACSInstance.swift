import Foundation

/// A seeded small graph with two conflicting weights, written as a 9th DIMACS `-d` / `-t` pair
/// (`X-d.gr`, `X-t.gr`, the same arcs in the same order), and the answers a search must give on it:
/// Dijkstra on either weight and the bi-objective Pareto front by label correction.
struct DIMACSInstance {
  /// Per arc: 1-based tail, head, distance weight, time weight.
  var arcs: [[Int64]] = []
  var nodeCount: Int

  /// A ring both ways through `nodes` nodes (so every node reaches every other) plus chords; on each
  /// arc the time falls as the distance grows (long arcs are fast roads), so the weights conflict.
  init(seed: UInt64, nodes: Int = 10) {
    nodeCount = nodes
    var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func draw(_ range: ClosedRange<Int64>) -> Int64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound + Int64((state >> 33) % UInt64(range.count))
    }
    var pairs: [[Int64]] = []
    for node in 1...Int64(nodes) {
      let next = node % Int64(nodes) + 1
      pairs += [[node, next], [next, node]]
    }
    for _ in 0..<2 * nodes {
      let tail = draw(1...Int64(nodes))
      var head = draw(1...Int64(nodes - 1))
      if head >= tail { head += 1 }
      pairs.append([tail, head])
    }
    for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let distance = draw(1...100)
      arcs.append(pair + [distance, 130 - distance + draw(0...30)])
    }
  }

  /// The `.gr` text whose weights are column `column` (2 distance, 3 time).
  func text(column: Int) -> String {
    var text = "c seeded test graph\np sp \(nodeCount) \(arcs.count)\n"
    for arc in arcs { text += "a \(arc[0]) \(arc[1]) \(arc[column])\n" }
    return text
  }

  /// Writes `prefix-d.gr` and `prefix-t.gr`; returns their paths.
  func write(prefix: URL) throws -> [String] {
    let paths = ["d", "t"].map { prefix.path + "-\($0).gr" }
    try text(column: 2).write(toFile: paths[0], atomically: true, encoding: .utf8)
    try text(column: 3).write(toFile: paths[1], atomically: true, encoding: .utf8)
    return paths
  }

  /// The least sum of column `column` (2 distance, 3 time, nil: one per arc) from `from` to `to`.
  func shortest(from: Int64, to: Int64, column: Int?) -> Int64? {
    var best: [Int64: Int64] = [from: 0]
    var settled: Set<Int64> = []
    while let node = best.filter({ !settled.contains($0.key) }).min(by: { $0.value < $1.value })?.key {
      settled.insert(node)
      for arc in arcs where arc[0] == node {
        let length = (best[node] ?? 0) + (column.map { arc[$0] } ?? 1)
        if length < best[arc[1], default: .max] { best[arc[1]] = length }
      }
    }
    return best[to]
  }

  /// The distinct (distance, time) sums of the Pareto-optimal paths from `from` to `to`, sorted.
  func paretoFront(from: Int64, to: Int64) -> [[Int64]] {
    var labels: [Int64: [[Int64]]] = [from: [[0, 0]]]
    var queue: [[Int64]] = [[from, 0, 0]]
    while let label = queue.popLast() {
      let node = label[0]
      guard labels[node, default: []].contains([label[1], label[2]]) else { continue }  // since dominated
      for arc in arcs where arc[0] == node {
        let next = [label[1] + arc[2], label[2] + arc[3]]
        let existing = labels[arc[1], default: []]
        if existing.contains(where: { $0[0] <= next[0] && $0[1] <= next[1] }) { continue }
        labels[arc[1]] = existing.filter { !(next[0] <= $0[0] && next[1] <= $0[1]) } + [next]
        queue.append([arc[1]] + next)
      }
    }
    return (labels[to] ?? []).sorted { $0.lexicographicallyPrecedes($1) }
  }
}
