extension ScalarGraph {
  /// Whether the arrays agree with one another, as a graph built here always does: offsets from 0
  /// ascending to the arc count, every head and tail a node, every arc number below
  /// `inputArcLimit`, the two node maps inverse permutations, and `distanceBound` the sum of the
  /// nodes' heaviest out-arcs. A compiled snapshot's graph is checked so before a search (which
  /// reads the arrays unchecked) runs on it.
  ///
  /// - Complexity: O(n + m).
  package func isWellFormed(inputArcLimit: Int) -> Bool {
    let arcCount = arcs.count
    guard firstOut.count == nodeCount + 1, firstOut[0] == 0, Int(firstOut[nodeCount]) == arcCount,
      tails.count == arcCount, originalArc.count == arcCount, internalNode.count == nodeCount,
      originalNode.count == nodeCount, inputArcCount >= arcCount
    else { return false }
    var bound: UInt64 = 0
    for node in 0..<nodeCount {
      let (begin, end) = (firstOut[node], firstOut[node + 1])
      guard begin <= end else { return false }
      var heaviest: UInt32 = 0
      for position in Int(begin)..<Int(end) {
        let arc = arcs[position]
        guard Int(arc.head) < nodeCount, Int(tails[position]) == node,
          Int(originalArc[position]) < inputArcLimit
        else { return false }
        heaviest = max(heaviest, arc.weight)
      }
      bound += UInt64(heaviest)
    }
    for node in 0..<nodeCount {
      let inner = internalNode[node]
      guard Int(inner) < nodeCount, Int(originalNode[Int(inner)]) == node else { return false }
    }
    return bound == distanceBound
  }
}
