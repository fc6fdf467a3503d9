import HeapModule

/// The best path under a lexicographic (primary, secondary, tertiary) objective, found on the
/// kernel: a `ScalarDijkstra` over the flat graph of the primary criterion settles every terminal
/// at most as far (in that criterion) as the nearest target, the terminals on tight arcs back from
/// the targets that far form the *tie graph* — every path that is optimal in the primary criterion
/// runs on it — and a lexicographic Dijkstra on that small graph breaks the ties by the secondary
/// and tertiary criteria. Exact, zero-weight arcs included; without a kernel graph (a weight that
/// does not fit 32 bits) the lexicographic Dijkstra runs on the whole network instead.
///
/// A reusable query object: its arrays are allocated once per network and reset in O(1) by
/// bumping a timestamp (RoutingKit's `TimestampFlags`).
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
  /// The query whose tie graph holds the terminal, and its primary distance then.
  private var tiedAt: [UInt32]
  private var primaryDistance: [UInt64]
  private var stack: [Int] = []
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
    tiedAt = Array(repeating: 0, count: count)
    primaryDistance = Array(repeating: 0, count: count)
  }

  private mutating func startQuery() {
    if now == UInt32.max {
      for index in reachedAt.indices {
        reachedAt[index] = 0
        settledAt[index] = 0
        targetAt[index] = 0
        tiedAt[index] = 0
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
  /// - Complexity: O(m) to build the kernel graph of `weight`, then as a query on it (the planner
  ///   keeps its graphs: `RoutePlanner.bestPath`).
  public mutating func shortestPath(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective,
    weight: (Int) -> RouteTotals?
  ) -> Result? {
    let primary = Self.primaryGraph(network, objective, weight)
    return search(
      from: sources, to: targets, objective: objective, weight: weight, primary: primary, landmarks: nil,
      check: {})
  }

  /// As ``shortestPath(from:to:objective:weight:)``, goal-directed by `landmarks` landmarks (ALT)
  /// chosen on the kernel graph of `weight` (to test what large networks run).
  mutating func shortestPath(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective, landmarks count: Int,
    weight: (Int) -> RouteTotals?
  ) -> Result? {
    let primary = Self.primaryGraph(network, objective, weight)
    let criterion = Criterion.priority(of: objective)[0]
    let landmarks = ScalarGraph(network: network, direction: .reverse) { arc in
      weight(arc).map { KernelGraphs.value(of: $0, criterion) }
    }.flatMap { reverse in primary.map { Landmarks(forward: $0.graph, reverse: reverse, count: count) } }
    return search(
      from: sources, to: targets, objective: objective, weight: weight, primary: primary,
      landmarks: landmarks, check: {})
  }

  /// As ``shortestPath(from:to:objective:weight:)``, checking `budget` before the kernel search
  /// and every `LabelSearch.budgetInterval` terminals the tie-break settles.
  ///
  /// - Throws: the budget's error when it runs out.
  public mutating func shortestPath(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective, budget: SearchBudget?,
    weight: (Int) -> RouteTotals?
  ) throws(RoutingError) -> Result? {
    let primary = Self.primaryGraph(network, objective, weight)
    return try search(
      from: sources, to: targets, objective: objective, budget: budget, weight: weight, primary: primary,
      landmarks: nil)
  }

  /// The best path for `graph`'s sources and targets under `objective` (its via cities and
  /// bounds aside: `RoutePlanner.bestPath` asks only when there are none), on the kernel graph the
  /// query graph shares with the queries of its `ArcWeightsKey` (no O(m) work once it is built),
  /// goal-directed by landmarks on a large network.
  ///
  /// - Parameter goalDirected: false runs plain Dijkstra even where landmarks exist (to measure
  ///   what they are worth).
  /// - Throws: the budget's error when it runs out.
  public mutating func shortestPath(
    in graph: QueryGraph, objective: Objective, budget: SearchBudget? = nil, goalDirected: Bool = true
  ) throws(RoutingError) -> Result? {
    let criterion = Criterion.priority(of: objective)[0]
    return try search(
      from: graph.sources, to: graph.targets, objective: objective, budget: budget,
      weight: { graph.usable[$0] ? graph.weight[$0] : nil },
      primary: graph.forwardGraph(criterion), landmarks: goalDirected ? graph.landmarks(criterion) : nil)
  }

  private mutating func search(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective, budget: SearchBudget?,
    weight: (Int) -> RouteTotals?, primary: KernelGraph?, landmarks: Landmarks?
  ) throws(RoutingError) -> Result? {
    guard let budget else {
      return search(
        from: sources, to: targets, objective: objective, weight: weight, primary: primary,
        landmarks: landmarks, check: {})
    }
    try budget.check()
    return try search(
      from: sources, to: targets, objective: objective, weight: weight, primary: primary,
      landmarks: landmarks, check: budget.check)
  }

  /// The kernel graph of `objective`'s primary criterion under `weight`, or nil when a weight
  /// does not fit its 32 bits.
  static func primaryGraph(
    _ network: TransportNetwork, _ objective: Objective, _ weight: (Int) -> RouteTotals?
  )
    -> KernelGraph?
  {
    let criterion = Criterion.priority(of: objective)[0]
    return ScalarGraph(network: network) { arc in weight(arc).map { KernelGraphs.value(of: $0, criterion) } }
      .map { KernelGraph($0) }
  }

  private mutating func search<Failure: Error>(
    from sources: [TerminalID], to targets: [TerminalID], objective: Objective,
    weight: (Int) -> RouteTotals?, primary: KernelGraph?, landmarks: Landmarks?,
    check: () throws(Failure) -> Void
  ) throws(Failure) -> Result? {
    startQuery()
    if let primary {
      guard
        markTies(
          on: primary, landmarks: landmarks, from: sources, to: targets, objective: objective, weight: weight)
      else { return nil }
    }
    let restricted = primary != nil
    for target in targets { targetAt[target.index] = now }
    for source in sources where reachedAt[source.index] != now && (!restricted || tiedAt[source.index] == now)
    {
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
        // On the tie graph only: both ends in it, the arc tight in the primary criterion.
        if restricted
          && (tiedAt[head] != now
            || primaryDistance[node] &+ UInt64(truncatingIfNeeded: objective.key(arcWeight).primary)
              != primaryDistance[head])
        {
          continue
        }
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

  /// Runs the kernel search of the primary criterion and marks the tie graph: the targets at the
  /// least primary distance, and every terminal with a tight arc (its distance plus the arc's
  /// weight is the head's distance) into a marked one. The kernel settles every terminal up to
  /// that distance, so the marked distances are final.
  ///
  /// - Returns: false when no target is reachable.
  private mutating func markTies(
    on primary: KernelGraph, landmarks: Landmarks?, from sources: [TerminalID], to targets: [TerminalID],
    objective: Objective, weight: (Int) -> RouteTotals?
  ) -> Bool {
    primary.withSearch { kernel in
      let sourceNodes = sources.map(\.index)
      let targetNodes = targets.map(\.index)
      let reached =
        if let landmarks {
          kernel.shortestPath(from: sourceNodes, to: targetNodes, stop: .afterTies, landmarks: landmarks)
        } else {
          kernel.shortestPath(from: sourceNodes, to: targetNodes, stop: .afterTies)
        }
      guard let nearest = reached else { return false }
      stack.removeAll(keepingCapacity: true)
      for target in targets
      where tiedAt[target.index] != now && kernel.distance(to: target.index) == nearest.distance {
        tiedAt[target.index] = now
        primaryDistance[target.index] = nearest.distance
        stack.append(target.index)
      }
      while let node = stack.popLast() {
        for arc in network.arcs(entering: TerminalID(node)) {
          let tail = network.arcTail[arc.index].index
          guard tiedAt[tail] != now, let arcWeight = weight(arc.index),
            let distance = kernel.distance(to: tail),
            distance &+ UInt64(truncatingIfNeeded: objective.key(arcWeight).primary) == primaryDistance[node]
          else { continue }
          tiedAt[tail] = now
          primaryDistance[tail] = distance
          stack.append(tail)
        }
      }
      return true
    }
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
