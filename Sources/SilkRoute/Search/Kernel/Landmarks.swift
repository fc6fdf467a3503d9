/// Landmarks for goal-directed search (ALT: A*, landmarks, triangle inequality; Goldberg and
/// Harrelson, "Computing the shortest path: A* search meets graph theory", SODA 2005,
/// doi:10.5555/1070432.1070455): the distances from and to a few nodes, from which every node gets
/// a lower bound on its distance to a query's targets, O(landmarks) per node on demand. Bounds
/// from the distances of one graph hold on any graph of the same nodes whose arcs are no lighter
/// (the planner's landmarks serve every destination territory that way).
///
/// For a landmark L and a node v, the triangle inequality gives d(v, t) ≥ d(L, t) − d(L, v) and
/// d(v, t) ≥ d(v, L) − d(t, L); over a target set T, min_t d(v, t) ≥ min_t d(L, t) − d(L, v) and
/// ≥ d(v, L) − max_t d(t, L). Each bound is a difference of distances, so it is a feasible
/// potential (consistent: it falls by at most an arc's weight along the arc), and so is their
/// maximum: A* with it settles nodes in the order of Dijkstra on reduced costs, exactly.
///
/// Built once per kernel graph (2 one-to-all searches per landmark), shared by every query.
public struct Landmarks: Sendable {
  /// The landmarks (the graph's caller's node ids).
  public let nodes: [Int]
  /// Per node (the caller's ids, so that any graph of the same nodes and no lighter arcs can use
  /// them), per landmark: d(L, v) and d(v, L) (`UInt64.max`: unreachable), node-major so that a
  /// node's bounds are adjacent. Flat arrays: in memory of their own, or mapped from a compiled
  /// snapshot.
  package let from: FlatArray<UInt64>
  package let to: FlatArray<UInt64>

  /// What a query's targets contribute to every node's potential, per active landmark.
  struct Goal {
    /// The landmarks the query uses (indices into `nodes`).
    var active: [Int]
    /// min over targets of d(L, t) (`UInt64.max` when L reaches none).
    var fromLandmark: [UInt64]
    /// max over targets of d(t, L) (`UInt64.max` when one cannot reach L).
    var toLandmark: [UInt64]
  }

  /// Landmarks a query uses: those that bound its sources' distance best (Goldberg and
  /// Harrelson's active landmarks). Each potential reads these only, so a settled node costs 4
  /// landmarks' distances instead of all of them.
  static let activeCount = 4

  /// Chooses `count` landmarks farthest-first (each the reached node farthest from those chosen)
  /// and computes their distances.
  ///
  /// - Parameters:
  ///   - forward: the graph searched; `reverse`: the same arcs reversed, same node count.
  /// - Complexity: 2 · `count` + 1 one-to-all searches, O(n · count) memory.
  public init(forward: ScalarGraph, reverse: ScalarGraph, count: Int) {
    precondition(forward.nodeCount == reverse.nodeCount, "forward and reverse graphs differ")
    let nodeCount = forward.nodeCount
    let k = min(count, nodeCount)
    let forwardSearch = ScalarDijkstra(graph: forward)
    let reverseSearch = ScalarDijkstra(graph: reverse)
    var from = [UInt64](repeating: .max, count: nodeCount * k)
    var to = [UInt64](repeating: .max, count: nodeCount * k)
    /// Per node: its least distance from a landmark chosen so far.
    var nearest = [UInt64](repeating: .max, count: nodeCount)
    var chosen: [Int] = []
    func farthest() -> Int? {
      var best: Int?
      var bestDistance: UInt64 = 0
      for node in 0..<nodeCount where nearest[node] != .max && nearest[node] > bestDistance {
        best = node
        bestDistance = nearest[node]
      }
      return best
    }
    if nodeCount > 0 {
      forwardSearch.oneToAll(from: 0)
      for node in 0..<nodeCount { nearest[node] = forwardSearch.distance(to: node) ?? .max }
    }
    var next = farthest() ?? 0
    for index in 0..<k {
      chosen.append(next)
      forwardSearch.oneToAll(from: next)
      reverseSearch.oneToAll(from: next)
      for node in 0..<nodeCount {
        let slot = node * k + index
        let distance = forwardSearch.distance(to: node) ?? .max
        from[slot] = distance
        to[slot] = reverseSearch.distance(to: node) ?? .max
        nearest[node] = index == 0 ? distance : min(nearest[node], distance)
      }
      guard let far = farthest(), !chosen.contains(far) else { break }
      next = far
    }
    nodes = chosen
    // Fewer landmarks than asked (a graph with few reachable nodes): compact to those chosen.
    if chosen.count < k {
      let used = chosen.count
      self.from = FlatArray((0..<nodeCount * used).map { from[($0 / used) * k + $0 % used] })
      self.to = FlatArray((0..<nodeCount * used).map { to[($0 / used) * k + $0 % used] })
    } else {
      self.from = FlatArray(from)
      self.to = FlatArray(to)
    }
  }

  /// Landmarks computed before (a compiled snapshot's), checked: nil unless both distance arrays
  /// hold one entry per node of `nodeCount` and landmark, and every landmark is a node.
  package init?(nodes: [Int], from: FlatArray<UInt64>, to: FlatArray<UInt64>, nodeCount: Int) {
    guard from.count == nodeCount * nodes.count, to.count == from.count,
      nodes.allSatisfy({ $0 >= 0 && $0 < nodeCount })
    else { return nil }
    self.nodes = nodes
    self.from = from
    self.to = to
  }

  /// The summary of `targets` for a search from `sources`, over the `activeCount` landmarks that
  /// bound the sources' distance best (all of them when there are no more). Six small arrays.
  func goal(sources: [Int], targets: [Int]) -> Goal {
    let k = nodes.count
    guard !targets.isEmpty, k > 0 else { return Goal(active: [], fromLandmark: [], toLandmark: []) }
    var fromLandmark = [UInt64](repeating: .max, count: k)
    var toLandmark = [UInt64](repeating: 0, count: k)
    for target in targets {
      for index in 0..<k {
        fromLandmark[index] = min(fromLandmark[index], from[target * k + index])
        toLandmark[index] = max(toLandmark[index], to[target * k + index])
      }
    }
    guard k > Self.activeCount else {
      return Goal(active: Array(0..<k), fromLandmark: fromLandmark, toLandmark: toLandmark)
    }
    // Per landmark: its bound at the source it bounds least (what it guarantees for the query).
    var bound = [UInt64](repeating: .max, count: k)
    for source in sources {
      for index in 0..<k {
        bound[index] = min(bound[index], term(source * k, index, fromLandmark[index], toLandmark[index]))
      }
    }
    // The best `activeCount` (higher bound first, then lower index): a partial selection.
    var active: [Int] = []
    active.reserveCapacity(Self.activeCount)
    for _ in 0..<Self.activeCount {
      var best = -1
      for index in 0..<k where !active.contains(index) && (best < 0 || bound[index] > bound[best]) {
        best = index
      }
      active.append(best)
    }
    return Goal(
      active: active, fromLandmark: active.map { fromLandmark[$0] }, toLandmark: active.map { toLandmark[$0] }
    )
  }

  /// Landmark `landmark`'s bound at the node whose distances start at `base`, given the targets'
  /// `targetsFrom` (min d(L, t)) and `targetsTo` (max d(t, L)); `UInt64.max` when the node
  /// reaches no target.
  @inline(__always) private func term(
    _ base: Int, _ landmark: Int, _ targetsFrom: UInt64, _ targetsTo: UInt64
  )
    -> UInt64
  {
    var best: UInt64 = 0
    let fromLandmark = from[base + landmark]
    if targetsFrom != .max && fromLandmark < targetsFrom { best = targetsFrom - fromLandmark }
    guard targetsTo != .max else { return best }
    // Every target reaches L: a node that cannot reach L reaches no target.
    let toLandmark = to[base + landmark]
    if toLandmark == .max { return .max }
    return toLandmark > targetsTo ? max(best, toLandmark - targetsTo) : best
  }

  /// A lower bound on the distance from `node` to the nearest target of `goal`, or
  /// `UInt64.max` when no target can be reached from it.
  @inline(__always) func potential(of node: Int, toward goal: Goal) -> UInt64 {
    let base = node * nodes.count
    var best: UInt64 = 0
    for (position, landmark) in goal.active.enumerated() {
      let bound = term(base, landmark, goal.fromLandmark[position], goal.toLandmark[position])
      if bound == .max { return .max }
      best = max(best, bound)
    }
    return best
  }
}
