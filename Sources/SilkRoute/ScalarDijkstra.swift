/// Dijkstra's algorithm over a `ScalarGraph`: the one-criterion search at C++ speed.
///
/// A reusable query object (RoutingKit's pattern): its arrays are allocated once for the graph and
/// reset in O(1) per query by bumping a timestamp, so a query allocates nothing (the radix heap's
/// buckets once they have grown to the queries' needs). The priority queue is a `Queue`: an indexed
/// d-ary min-heap with decrease-key (Boost's `dijkstra_shortest_paths`), holding each node at most
/// once, or a radix heap without decrease-key. Distances are 64-bit, so sums of 32-bit weights
/// cannot overflow.
///
/// Not thread-safe: one per thread or task; the graph itself is shared.
public final class ScalarDijkstra {
  /// The priority queue of the search.
  public enum Queue: Sendable, Hashable {
    /// An indexed d-ary heap with decrease-key; `arity` is 2, 4 or 8.
    case heap(arity: Int)
    /// A radix heap (monotone integer keys), lazy: a node whose distance falls is queued again and
    /// the stale entry skipped.
    case radix

    /// The fastest on the instances of `Benchmarks/README.md`.
    public static let `default` = Queue.radix
  }

  public let graph: ScalarGraph
  public let queue: Queue

  /// A node reached first is at `distance(to:)`; how it was reached (for `arcs(to:)`) is kept too.
  public struct Reached: Hashable, Sendable {
    public var node: Int
    public var distance: UInt64
  }

  /// Per internal node, packed in 16 bytes so that relaxing an arc touches one cache line.
  private struct NodeState {
    var distance: UInt64
    /// The query that reached the node last (timestamp); stale values mean "not reached".
    var reachedAt: UInt32
    /// The arc position the node was reached by, or `invalid` for a source.
    var parentArc: UInt32
  }

  private let state: UnsafeMutablePointer<NodeState>
  private let targetAt: UnsafeMutablePointer<UInt32>
  /// The queue in use: a d-ary heap, or (when nil) `radixHeap`.
  private var heap: IndexedHeap?
  private var radixHeap: RadixHeap?
  private var now: UInt32 = 0
  /// Nodes settled by the last query.
  public private(set) var settledCount = 0

  /// - Parameter queue: the priority queue (`Queue.default` unless measuring the others).
  public init(graph: ScalarGraph, queue: Queue = .default) {
    self.graph = graph
    self.queue = queue
    let count = max(graph.nodeCount, 1)
    state = .allocate(capacity: count)
    state.initialize(repeating: NodeState(distance: 0, reachedAt: 0, parentArc: 0), count: count)
    targetAt = .allocate(capacity: count)
    targetAt.initialize(repeating: 0, count: count)
    switch queue {
    case .heap(let arity): heap = .allocate(capacity: count, arity: arity)
    case .radix: radixHeap = .allocate()
    }
  }

  /// A search with an indexed heap of `arity` children per node (2, 4 or 8).
  public convenience init(graph: ScalarGraph, arity: Int) {
    self.init(graph: graph, queue: .heap(arity: arity))
  }

  deinit {
    state.deallocate()
    targetAt.deallocate()
    heap?.deallocate()
    radixHeap?.deallocate()
  }

  /// Distances from `source` to every node (read them with `distance(to:)`).
  ///
  /// - Complexity: O((n + m) log_d n); no allocation.
  public func oneToAll(from source: Int) {
    startQuery()
    seed(source)
    _ = search(stopAtTarget: false)
  }

  /// The shortest path from any of `sources` (all at distance 0) to the nearest of `targets`.
  ///
  /// - Returns: the target reached first and its distance, or nil when none is reachable.
  public func shortestPath(from sources: [Int], to targets: [Int]) -> Reached? {
    startQuery()
    for target in targets { targetAt[Int(graph.internalNode[target])] = now }
    for source in sources { seed(source) }
    let node = search(stopAtTarget: true)
    guard node != ScalarGraph.invalid else { return nil }
    return Reached(node: Int(graph.originalNode[Int(node)]), distance: state[Int(node)].distance)
  }

  /// The distance of `node` found by the last query, or nil if it was not reached. After a search
  /// that stopped at a target, only settled nodes hold final distances.
  public func distance(to node: Int) -> UInt64? {
    let inner = Int(graph.internalNode[node])
    return state[inner].reachedAt == now ? state[inner].distance : nil
  }

  /// The caller's arc numbers from a source to `node`, in travel order (empty for a source or an
  /// unreached node).
  public func arcs(to node: Int) -> [Int] {
    var inner = Int(graph.internalNode[node])
    guard state[inner].reachedAt == now else { return [] }
    var path: [Int] = []
    while state[inner].parentArc != ScalarGraph.invalid {
      let position = Int(state[inner].parentArc)
      path.append(graph.arcNumber(at: position))
      inner = Int(graph.tails[position])
    }
    return path.reversed()
  }

  private func startQuery() {
    if now == UInt32.max {
      for node in 0..<graph.nodeCount { state[node].reachedAt = 0 }
      targetAt.update(repeating: 0, count: max(graph.nodeCount, 1))
      now = 0
    }
    now += 1
    heap?.removeAll()
    radixHeap?.removeAll()
    settledCount = 0
  }

  private func seed(_ source: Int) {
    let node = graph.internalNode[source]
    guard state[Int(node)].reachedAt != now else { return }
    state[Int(node)] = NodeState(distance: 0, reachedAt: now, parentArc: ScalarGraph.invalid)
    heap?.insert(node, key: 0)
    radixHeap?.insert(node, key: 0)
  }

  /// Settles nodes in distance order; returns the first target settled (or `invalid`).
  private func search(stopAtTarget: Bool) -> UInt32 {
    if heap != nil { return heapSearch(stopAtTarget: stopAtTarget) }
    return radixSearch(stopAtTarget: stopAtTarget)
  }

  private func heapSearch(stopAtTarget: Bool) -> UInt32 {
    // The heap is copied into a local for the loop: a stored property of a class would pay an
    // exclusivity check on every mutation.
    guard var queue = heap else { return ScalarGraph.invalid }
    var settled = 0
    defer {
      heap = queue
      settledCount = settled
    }
    return graph.firstOut.withUnsafeBufferPointer { firstOut in
      graph.arcs.withUnsafeBufferPointer { arcs in
        while !queue.isEmpty {
          let top = queue.removeMin()
          let node = Int(top.node)
          settled += 1
          if stopAtTarget && targetAt[node] == now { return top.node }
          let base = top.key
          for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
            let arc = arcs[position]
            let head = Int(arc.head)
            let candidate = base &+ UInt64(arc.weight)
            let reached = state[head]
            if reached.reachedAt != now {
              state[head] = NodeState(
                distance: candidate, reachedAt: now, parentArc: UInt32(truncatingIfNeeded: position))
              queue.insert(arc.head, key: candidate)
            } else if candidate < reached.distance {
              // Weights are non-negative: a settled head never gets here, so it is in the heap.
              state[head].distance = candidate
              state[head].parentArc = UInt32(truncatingIfNeeded: position)
              queue.decrease(arc.head, to: candidate)
            }
          }
        }
        return ScalarGraph.invalid
      }
    }
  }

  private func radixSearch(stopAtTarget: Bool) -> UInt32 {
    guard var queue = radixHeap else { return ScalarGraph.invalid }
    var settled = 0
    defer {
      radixHeap = queue
      settledCount = settled
    }
    return graph.firstOut.withUnsafeBufferPointer { firstOut in
      graph.arcs.withUnsafeBufferPointer { arcs in
        while !queue.isEmpty {
          let top = queue.removeMin()
          let node = Int(top.node)
          // Stale: the node was queued again with a smaller key (and settled then). Distances only
          // fall strictly, so exactly one entry per reached node carries its final distance.
          if state[node].distance != top.key { continue }
          settled += 1
          if stopAtTarget && targetAt[node] == now { return top.node }
          let base = top.key
          for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
            let arc = arcs[position]
            let head = Int(arc.head)
            let candidate = base &+ UInt64(arc.weight)
            let reached = state[head]
            if reached.reachedAt != now || candidate < reached.distance {
              // A settled head never gets here: its distance is at most `base`.
              state[head] = NodeState(
                distance: candidate, reachedAt: now, parentArc: UInt32(truncatingIfNeeded: position))
              queue.insert(arc.head, key: candidate)
            }
          }
        }
        return ScalarGraph.invalid
      }
    }
  }
}
