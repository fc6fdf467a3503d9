import SilkRoute

/// Enumerates every simple path (no terminal twice) from the origin terminals to the destination
/// terminals and keeps the lexicographic minimum under an objective: the reference the searches
/// are checked against.
enum BruteForce {
  static func best(
    in network: TransportNetwork, from sources: [TerminalID], to targets: [TerminalID],
    objective: Objective, weight: (Int) -> RouteTotals?
  ) -> RouteTotals? {
    let isTarget = Set(targets)
    var best: RouteTotals?
    var onPath = [Bool](repeating: false, count: network.terminalCount)
    func explore(_ node: TerminalID, _ totals: RouteTotals) {
      if isTarget.contains(node), best.map({ objective.key(totals) < objective.key($0) }) ?? true {
        best = totals
      }
      onPath[node.index] = true
      for arc in network.arcs(from: node) {
        let head = network.arcHead[arc]
        guard !onPath[head.index], let w = weight(arc) else { continue }
        explore(head, totals + w)
      }
      onPath[node.index] = false
    }
    for source in sources { explore(source, .zero) }
    return best
  }
}
