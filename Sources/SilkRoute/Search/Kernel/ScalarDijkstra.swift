/// Dijkstra's algorithm over a `ScalarGraph`: the one-criterion search at C++ speed.
///
/// A reusable query object (RoutingKit's pattern): its arrays are allocated once for the graph and
/// reset in O(1) per query by bumping a timestamp, so a query allocates nothing (with the radix
/// heap: once its buckets have grown to the queries' needs, after the first query or so).
///
/// The priority queue is a `Queue`: a radix heap without decrease-key (the default), or an indexed
/// d-ary min-heap with decrease-key (Boost's `dijkstra_shortest_paths`). Per node the search keeps
/// its distance, a timestamp and the arc it was reached by side by side. Distances are 32-bit when
/// the graph's `distanceBound` fits in 32 bits (12 bytes per node instead of 16, and 8-byte
/// radix-heap entries), else 64-bit, so sums of 32-bit weights never overflow.
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

  /// How wide the per-node distances are.
  public enum DistanceWidth: Sendable, Hashable {
    /// 32-bit when the graph's `distanceBound` fits in 32 bits, else 64-bit.
    case narrowWhenSafe
    /// Always 64-bit (to measure what narrow distances are worth).
    case wide
  }

  public let graph: ScalarGraph
  public let queue: Queue
  /// Whether the distances are kept in 32 bits (see `DistanceWidth`).
  public let usesNarrowDistances: Bool

  /// A node reached first is at `distance(to:)`; how it was reached (for `arcs(to:)`) is kept too.
  public struct Reached: Hashable, Sendable {
    public var node: Int
    public var distance: UInt64
  }

  /// Per internal node, packed so that relaxing an arc touches one cache line (16 bytes wide,
  /// 12 narrow).
  struct Label<Distance: FixedWidthInteger & UnsignedInteger> {
    var distance: Distance
    /// The query that reached the node last (timestamp); stale values mean "not reached".
    var reachedAt: UInt32
    /// The arc position the node was reached by, or `invalid` for a source.
    var parentArc: UInt32
  }

  enum Labels {
    case wide(UnsafeMutablePointer<Label<UInt64>>)
    case narrow(UnsafeMutablePointer<Label<UInt32>>)
  }

  let labels: Labels
  let targetAt: UnsafeMutablePointer<UInt32>
  /// The queue in use: the one that is not nil.
  private var heap: IndexedHeap?
  private var radixHeap: RadixHeap<UInt64>?
  private var narrowRadixHeap: RadixHeap<UInt32>?
  /// The goal-directed search's queue (keys are distance plus potential, so always 64-bit) and
  /// per-node potentials, allocated by its first query (`ScalarDijkstra+Goal.swift`).
  var goalHeap: RadixHeap<UInt64>?
  var potentials: UnsafeMutablePointer<Potential>?
  private(set) var now: UInt32 = 0
  /// Nodes settled by the last query.
  public internal(set) var settledCount = 0

  /// - Parameters:
  ///   - queue: the priority queue (`Queue.default` unless measuring the others).
  ///   - distances: 32-bit distances when safe (the default), or always 64-bit.
  public init(graph: ScalarGraph, queue: Queue = .default, distances: DistanceWidth = .narrowWhenSafe) {
    self.graph = graph
    self.queue = queue
    let count = max(graph.nodeCount, 1)
    usesNarrowDistances = distances == .narrowWhenSafe && graph.distanceBound <= UInt64(UInt32.max)
    if usesNarrowDistances {
      let labels = UnsafeMutablePointer<Label<UInt32>>.allocate(capacity: count)
      labels.initialize(repeating: Label(distance: 0, reachedAt: 0, parentArc: 0), count: count)
      self.labels = .narrow(labels)
    } else {
      let labels = UnsafeMutablePointer<Label<UInt64>>.allocate(capacity: count)
      labels.initialize(repeating: Label(distance: 0, reachedAt: 0, parentArc: 0), count: count)
      self.labels = .wide(labels)
    }
    targetAt = .allocate(capacity: count)
    targetAt.initialize(repeating: 0, count: count)
    switch queue {
    case .heap(let arity): heap = .allocate(capacity: count, arity: arity)
    case .radix where usesNarrowDistances: narrowRadixHeap = .allocate()
    case .radix: radixHeap = .allocate()
    }
  }

  /// A search with an indexed heap of `arity` children per node (2, 4 or 8).
  public convenience init(graph: ScalarGraph, arity: Int) {
    self.init(graph: graph, queue: .heap(arity: arity))
  }

  deinit {
    switch labels {
    case .wide(let labels): labels.deallocate()
    case .narrow(let labels): labels.deallocate()
    }
    targetAt.deallocate()
    heap?.deallocate()
    radixHeap?.deallocate()
    narrowRadixHeap?.deallocate()
    goalHeap?.deallocate()
    potentials?.deallocate()
  }

  /// Distances from `source` to every node (read them with `distance(to:)`).
  ///
  /// - Complexity: O((n + m) log_d n) with a d-ary heap, O(m + n log C) with the radix heap
  ///   (C the largest distance); no allocation.
  public func oneToAll(from source: Int) {
    startQuery()
    seed(source)
    _ = search(stop: .never)
  }

  /// Distances from the nearest of `sources` (all at distance 0) to every node.
  public func oneToAll(from sources: [Int]) {
    startQuery()
    for source in sources { seed(source) }
    _ = search(stop: .never)
  }

  /// When a search stops.
  enum Stop {
    /// Settle every reachable node.
    case never
    /// At the first target settled.
    case atTarget
    /// After every node at most as far as the first target settled: then each node on any
    /// shortest path to a nearest target holds its final distance (zero-weight arcs included),
    /// which is what a tie-break over those paths needs.
    case afterTies
  }

  /// The shortest path from any of `sources` (all at distance 0) to the nearest of `targets`.
  ///
  /// - Returns: the target reached first and its distance, or nil when none is reachable.
  public func shortestPath(from sources: [Int], to targets: [Int]) -> Reached? {
    shortestPath(from: sources, to: targets, stop: .atTarget)
  }

  /// As ``shortestPath(from:to:)``, stopping as `stop` says (`atTarget` or `afterTies`).
  func shortestPath(from sources: [Int], to targets: [Int], stop: Stop) -> Reached? {
    startQuery()
    for target in targets { targetAt[Int(graph.internalNode[target])] = now }
    for source in sources { seed(source) }
    let node = search(stop: stop)
    guard node != ScalarGraph.invalid, let distance = distance(internal: Int(node)) else { return nil }
    return Reached(node: Int(graph.originalNode[Int(node)]), distance: distance)
  }

  /// The distance of `node` found by the last query, or nil if it was not reached. After a search
  /// that stopped at a target, only settled nodes hold final distances.
  public func distance(to node: Int) -> UInt64? {
    distance(internal: Int(graph.internalNode[node]))
  }

  func distance(internal node: Int) -> UInt64? {
    switch labels {
    case .wide(let labels): labels[node].reachedAt == now ? labels[node].distance : nil
    case .narrow(let labels): labels[node].reachedAt == now ? UInt64(labels[node].distance) : nil
    }
  }

  /// The caller's arc numbers from a source to `node`, in travel order (empty for a source or an
  /// unreached node).
  public func arcs(to node: Int) -> [Int] {
    var inner = Int(graph.internalNode[node])
    guard distance(internal: inner) != nil else { return [] }
    var path: [Int] = []
    while parentArc(internal: inner) != ScalarGraph.invalid {
      let position = Int(parentArc(internal: inner))
      path.append(graph.arcNumber(at: position))
      inner = Int(graph.tails[position])
    }
    return path.reversed()
  }

  private func parentArc(internal node: Int) -> UInt32 {
    switch labels {
    case .wide(let labels): labels[node].parentArc
    case .narrow(let labels): labels[node].parentArc
    }
  }

  func startQuery() {
    if now == UInt32.max {
      switch labels {
      case .wide(let labels): for node in 0..<graph.nodeCount { labels[node].reachedAt = 0 }
      case .narrow(let labels): for node in 0..<graph.nodeCount { labels[node].reachedAt = 0 }
      }
      targetAt.update(repeating: 0, count: max(graph.nodeCount, 1))
      potentials?.update(repeating: Potential(value: 0, at: 0), count: max(graph.nodeCount, 1))
      now = 0
    }
    now += 1
    heap?.removeAll()
    radixHeap?.removeAll()
    narrowRadixHeap?.removeAll()
    settledCount = 0
  }

  private func seed(_ source: Int) {
    let node = graph.internalNode[source]
    guard distance(internal: Int(node)) == nil else { return }
    switch labels {
    case .wide(let labels):
      labels[Int(node)] = Label(distance: 0, reachedAt: now, parentArc: ScalarGraph.invalid)
    case .narrow(let labels):
      labels[Int(node)] = Label(distance: 0, reachedAt: now, parentArc: ScalarGraph.invalid)
    }
    heap?.insert(node, key: 0)
    radixHeap?.insert(node, key: 0)
    narrowRadixHeap?.insert(node, key: 0)
  }

  /// Settles nodes in distance order; returns the first target settled (or `invalid`).
  private func search(stop: Stop) -> UInt32 {
    // Queues are copied into locals for the loop (and back): a stored property of a class would
    // pay an exclusivity check on every mutation.
    var settled = 0
    defer { settledCount = settled }
    switch labels {
    case .wide(let labels):
      if var queue = heap {
        defer { heap = queue }
        return heapSearch(labels, &queue, &settled, stop: stop)
      }
      guard var queue = radixHeap else { return ScalarGraph.invalid }
      defer { radixHeap = queue }
      return radixSearch(labels, &queue, &settled, stop: stop)
    case .narrow(let labels):
      if var queue = heap {
        defer { heap = queue }
        return heapSearch(labels, &queue, &settled, stop: stop)
      }
      guard var queue = narrowRadixHeap else { return ScalarGraph.invalid }
      defer { narrowRadixHeap = queue }
      return radixSearch(labels, &queue, &settled, stop: stop)
    }
  }

  private func heapSearch<Distance>(
    _ labels: UnsafeMutablePointer<Label<Distance>>, _ queue: inout IndexedHeap, _ settled: inout Int,
    stop: Stop
  ) -> UInt32 {
    let now = self.now
    return graph.firstOut.withUnsafeBufferPointer { firstOut in
      graph.arcs.withUnsafeBufferPointer { arcs in
        var found = ScalarGraph.invalid
        var limit = UInt64.max
        while !queue.isEmpty {
          let top = queue.removeMin()
          if top.key > limit { return found }
          let node = Int(top.node)
          settled += 1
          if stop != .never && found == ScalarGraph.invalid && targetAt[node] == now {
            if stop == .atTarget { return top.node }
            found = top.node
            limit = top.key
          }
          let base = Distance(truncatingIfNeeded: top.key)
          for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
            let arc = arcs[position]
            let head = Int(arc.head)
            // Cannot overflow: narrow distances are used only below `graph.distanceBound`.
            let candidate = base &+ Distance(truncatingIfNeeded: arc.weight)
            let reached = labels[head]
            if reached.reachedAt != now {
              labels[head] = Label(
                distance: candidate, reachedAt: now, parentArc: UInt32(truncatingIfNeeded: position))
              queue.insert(arc.head, key: UInt64(candidate))
            } else if candidate < reached.distance {
              // Weights are non-negative: a settled head never gets here, so it is in the heap.
              labels[head].distance = candidate
              labels[head].parentArc = UInt32(truncatingIfNeeded: position)
              queue.decrease(arc.head, to: UInt64(candidate))
            }
          }
        }
        return found
      }
    }
  }

  private func radixSearch<Distance>(
    _ labels: UnsafeMutablePointer<Label<Distance>>, _ queue: inout RadixHeap<Distance>, _ settled: inout Int,
    stop: Stop
  ) -> UInt32 {
    let now = self.now
    return graph.firstOut.withUnsafeBufferPointer { firstOut in
      graph.arcs.withUnsafeBufferPointer { arcs in
        var found = ScalarGraph.invalid
        var limit = Distance.max
        while !queue.isEmpty {
          let top = queue.removeMin()
          if top.key > limit { return found }
          let node = Int(top.node)
          // Stale: the node was queued again with a smaller key (and settled then). Distances only
          // fall strictly, so exactly one entry per reached node carries its final distance.
          if labels[node].distance != top.key { continue }
          settled += 1
          if stop != .never && found == ScalarGraph.invalid && targetAt[node] == now {
            if stop == .atTarget { return top.node }
            found = top.node
            limit = top.key
          }
          let base = top.key
          for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
            let arc = arcs[position]
            let head = Int(arc.head)
            // Cannot overflow: narrow distances are used only below `graph.distanceBound`.
            let candidate = base &+ Distance(truncatingIfNeeded: arc.weight)
            let reached = labels[head]
            if reached.reachedAt != now || candidate < reached.distance {
              // A settled head never gets here: its distance is at most `base`.
              labels[head] = Label(
                distance: candidate, reachedAt: now, parentArc: UInt32(truncatingIfNeeded: position))
              queue.insert(arc.head, key: candidate)
            }
          }
        }
        return found
      }
    }
  }
}
