import HeapModule

/// Dijkstra's algorithm over a `TransportNetwork` with a lexicographic (primary, secondary,
/// tertiary) key. A reusable query object: its arrays are allocated once per network and reset
/// in O(1) by bumping a timestamp (RoutingKit's `TimestampFlags`).
///
/// Not thread-safe: use one per thread or task; the network itself is shared.
public struct ShortestPathSearch: Sendable {
  public let network: TransportNetwork
  private var totals: [RouteTotals]
  /// The arc each reached terminal was last reached by (`ArcID.invalid` at a source).
  private var parentArc: [ArcID]
  private var reachedAt: [UInt32]
  private var settledAt: [UInt32]
  private var targetAt: [UInt32]
  private var now: UInt32 = 0
  private var heap = Heap<Entry>()
  /// Buffers for the label-setting searches run through the same query object.
  public var labels = LabelWorkspace()

  private struct Entry: Comparable {
    var key: SearchKey
    var node: Int32
    static func < (lhs: Entry, rhs: Entry) -> Bool {
      lhs.key < rhs.key || (lhs.key == rhs.key && lhs.node < rhs.node)
    }
  }

  /// The result of one search: the target terminal reached first and its totals.
  public struct Result: Hashable, Sendable {
    public var target: TerminalID
    public var totals: RouteTotals
    /// The arcs from a source terminal to `target`, in travel order.
    public var arcs: [ArcID]
  }

  public init(network: TransportNetwork) {
    self.network = network
    let count = network.terminalCount
    totals = Array(repeating: .zero, count: count)
    parentArc = Array(repeating: .invalid, count: count)
    reachedAt = Array(repeating: 0, count: count)
    settledAt = Array(repeating: 0, count: count)
    targetAt = Array(repeating: 0, count: count)
  }

  private mutating func startQuery() {
    if now == UInt32.max {
      for index in reachedAt.indices {
        reachedAt[index] = 0
        settledAt[index] = 0
        targetAt[index] = 0
      }
      now = 0
    }
    now += 1
    heap = Heap()
  }

  /// Finds the best path under `objective` from any of `sources` (all starting at zero) to the
  /// first of `targets` settled.
  ///
  /// - Parameter weight: cost, time and CO2 of an arc; `nil` makes it unusable.
  /// - Returns: `nil` when no target is reachable.
  /// - Complexity: O((n + m) log n).
  public mutating func shortestPath(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective,
    weight: (Int) -> RouteTotals?
  ) -> Result? {
    search(from: sources, to: targets, objective: objective, weight: weight, check: {})
  }

  /// As ``shortestPath(from:to:objective:weight:)``, checking `budget` every
  /// `LabelSearch.budgetInterval` settled terminals.
  ///
  /// - Throws: the budget's error when it runs out.
  public mutating func shortestPath(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective, budget: SearchBudget?,
    weight: (Int) -> RouteTotals?
  ) throws(RoutingError) -> Result? {
    guard let budget else {
      return shortestPath(from: sources, to: targets, objective: objective, weight: weight)
    }
    return try search(from: sources, to: targets, objective: objective, weight: weight, check: budget.check)
  }

  private mutating func search<Failure: Error>(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective,
    weight: (Int) -> RouteTotals?, check: () throws(Failure) -> Void
  ) throws(Failure) -> Result? {
    startQuery()
    for target in targets { targetAt[target.index] = now }
    for source in sources where reachedAt[source.index] != now {
      reachedAt[source.index] = now
      totals[source.index] = .zero
      parentArc[source.index] = .invalid
      heap.insert(Entry(key: objective.key(.zero), node: source.rawValue))
    }
    var settled = 0
    while let entry = heap.popMin() {
      let node = Int(entry.node)
      guard settledAt[node] != now, entry.key == objective.key(totals[node]) else { continue }
      settledAt[node] = now
      settled &+= 1
      if settled & (LabelSearch.budgetInterval - 1) == 0 { try check() }
      if targetAt[node] == now {
        return Result(target: TerminalID(node), totals: totals[node], arcs: path(to: node))
      }
      let base = totals[node]
      for arc in network.arcs(from: TerminalID(node)) {
        let head = network.arcHead[arc].index
        guard settledAt[head] != now, let arcWeight = weight(arc) else { continue }
        let candidate = base + arcWeight
        let candidateKey = objective.key(candidate)
        if reachedAt[head] != now || candidateKey < objective.key(totals[head]) {
          reachedAt[head] = now
          totals[head] = candidate
          parentArc[head] = ArcID(arc)
          heap.insert(Entry(key: candidateKey, node: Int32(head)))
        }
      }
    }
    return nil
  }

  private func path(to node: Int) -> [ArcID] {
    var arcs: [ArcID] = []
    var current = node
    while parentArc[current] != .invalid {
      let arc = parentArc[current]
      arcs.append(arc)
      current = network.arcTail[arc.index].index
    }
    return arcs.reversed()
  }
}
