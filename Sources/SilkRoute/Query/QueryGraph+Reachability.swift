extension QueryGraph {
  /// Whether any destination terminal is reachable over usable arcs through every via layer (a
  /// depth-first search, O(n + m) per layer): what tells a cut network from a bound too tight.
  var reachesDestination: Bool {
    let layers = via.count + 1
    var seen = [Bool](repeating: false, count: network.terminalCount * layers)
    var stack: [(TerminalID, Int)] = []
    for source in sources {
      let layer = advance(layer: 0, at: source)
      seen[source.index * layers + layer] = true
      stack.append((source, layer))
    }
    let targets = Set(targets)
    while let (terminal, layer) = stack.popLast() {
      if layer == layers - 1 && targets.contains(terminal) { return true }
      for arc in network.arcs(from: terminal) where usable[arc] {
        let head = network.arcHead[arc]
        let next = advance(layer: layer, at: head)
        if !seen[head.index * layers + next] {
          seen[head.index * layers + next] = true
          stack.append((head, next))
        }
      }
    }
    return false
  }
}
