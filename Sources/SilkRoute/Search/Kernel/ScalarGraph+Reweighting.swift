extension ScalarGraph {
  /// This graph, built from `network` in `direction` (`init(network:direction:...)` with the
  /// default parallel-arc reduction), with the weights of arcs `changed` (the network's arc
  /// numbers, usable before and after) now `weight(arc)`: for each (tail, head) pair they join,
  /// the stored arc is chosen again among the pair's usable arcs as the build chooses it (least
  /// weight, then lowest arc number). The same graph a build with the new weights makes, for the
  /// cost of copying the arcs: the destination-territory variants of a query's weights differ from
  /// the weights they derive from in a handful of transit arcs.
  ///
  /// - Returns: nil when a new weight does not fit in 32 bits.
  /// - Complexity: O(n + m) (copies, and the distance bound summed again), plus the out-degree of
  ///   each changed arc's tail.
  package func reweighted(
    _ changed: [Int], network: TransportNetwork, direction: Direction, weight: (Int) -> Int64?
  ) -> ScalarGraph? {
    var arcs = self.arcs.withUnsafeBufferPointer { Array($0) }
    var originalArc = self.originalArc.withUnsafeBufferPointer { Array($0) }
    for arc in changed {
      let (tail, head) = (network.arcTail[arc], network.arcHead[arc])
      // The pair's usable arcs, in arc order: the least weight, first met, is stored.
      var best: (arc: Int, value: Int64)?
      for parallel in network.arcs(from: tail) where network.arcHead[parallel] == head {
        guard let value = weight(parallel) else { continue }
        guard value >= 0, value <= Int64(UInt32.max) else { return nil }
        if let current = best, current.value <= value { continue }
        best = (parallel, value)
      }
      guard let best else { continue }
      let (from, to) = direction == .forward ? (tail.index, head.index) : (head.index, tail.index)
      let inner = Int(internalNode[from])
      let innerHead = internalNode[to]
      for position in Int(firstOut[inner])..<Int(firstOut[inner + 1]) where arcs[position].head == innerHead {
        arcs[position].weight = UInt32(best.value)
        originalArc[position] = UInt32(best.arc)
      }
    }
    var bound: UInt64 = 0
    for node in 0..<nodeCount {
      var heaviest: UInt32 = 0
      for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
        heaviest = max(heaviest, arcs[position].weight)
      }
      bound += UInt64(heaviest)
    }
    return ScalarGraph(
      nodeCount: nodeCount, firstOut: firstOut, arcs: FlatArray(arcs), tails: tails,
      originalArc: FlatArray(originalArc), internalNode: internalNode, originalNode: originalNode,
      distanceBound: bound, inputArcCount: inputArcCount)
  }
}
