/// A static directed graph with one non-negative 32-bit weight per arc, laid out for the fastest
/// one-criterion searches: compressed sparse row arrays sorted by tail, each arc's head and weight
/// interleaved in 8 bytes (one load per relaxation), 32-bit ids, and nodes renumbered in an order
/// chosen for cache locality (`NodeOrder`).
///
/// Parallel arcs are reduced (`ParallelArcs.keepShortest`, the default): of the arcs with the same
/// tail and head only the one of least weight is stored (on a tie, the lowest arc number), an exact
/// preprocessing — no shortest path needs the others. Timetabled networks have many parallel
/// services (the synthetic 100k instance: 2,122,908 arcs, 654,664 distinct tail–head pairs), and
/// the search relaxes each stored arc once. `arcCount` counts the stored arcs, `inputArcCount` the
/// caller's; paths from `ScalarDijkstra.arcs(to:)` name the caller's arc that was kept.
///
/// Callers speak in their own node and arc numbers ("original"); the graph keeps the mapping.
/// Build one per weighting (a DIMACS instance, or a query's cost, time or CO2) and share it:
/// it is an immutable `Sendable` value; the per-query state lives in `ScalarDijkstra`.
public struct ScalarGraph: Sendable {
  /// An arc in the search's layout: its head (internal id) and weight.
  @frozen public struct PackedArc: Hashable, Sendable, BitwiseCopyable {
    public var head: UInt32
    public var weight: UInt32
  }

  public let nodeCount: Int
  /// The out-arcs of internal node `v` are `arcs[firstOut[v] ..< firstOut[v + 1]]`.
  ///
  /// Flat arrays: in memory of their own, or mapped from a compiled snapshot (a network's
  /// `CompiledProfile`).
  package let firstOut: FlatArray<UInt32>
  package let arcs: FlatArray<PackedArc>
  /// Per arc position: its internal tail (path reconstruction only; not read by the hot loop).
  package let tails: FlatArray<UInt32>
  /// Per arc position: the caller's arc number.
  package let originalArc: FlatArray<UInt32>
  /// Original node → internal node, and back.
  package let internalNode: FlatArray<UInt32>
  package let originalNode: FlatArray<UInt32>

  /// Arcs stored (after parallel-arc reduction).
  public var arcCount: Int { arcs.count }
  /// An upper bound on every distance a search computes: the sum over nodes of their heaviest
  /// stored out-arc (a shortest path, with the arc that extends it, leaves each node at most once).
  /// `ScalarDijkstra` keeps 32-bit distances when it fits in 32 bits.
  public let distanceBound: UInt64
  /// Arcs the caller passed in (before parallel-arc reduction; arcs the network builder left out
  /// are not counted).
  public let inputArcCount: Int

  /// What to do with arcs that share their tail and head.
  public enum ParallelArcs: Sendable, Hashable {
    /// Store only the arc of least weight (on a tie, the lowest arc number): exact, and fewer arcs
    /// to relax.
    case keepShortest
    /// Store every arc (to measure what the reduction is worth).
    case keepAll
  }

  /// Which way a graph built from a `TransportNetwork` stores its arcs.
  public enum Direction: Sendable, Hashable {
    case forward
    /// Head to tail: for distances to a node (lower bounds towards a destination).
    case reverse
  }

  /// Sentinel for "no node" / "no arc".
  public static let invalid = UInt32.max

  /// Builds the graph from parallel arc arrays in the caller's numbering.
  ///
  /// - Parameters:
  ///   - nodeCount: nodes are `0 ..< nodeCount`.
  ///   - tails, heads, weights: one entry per arc; arc `i` keeps the number `i` in results.
  ///   - order: the internal numbering (identity keeps the caller's).
  ///   - parallelArcs: keep only the shortest of parallel arcs (the default) or all of them.
  /// - Precondition: the arrays have equal lengths, ids are below `nodeCount`, fewer than 2³² − 1
  ///   nodes and arcs. (Callers build these arrays from validated data.)
  /// - Complexity: O(n + m) (a counting sort by tail, then one pass that marks heads per tail).
  public init(
    nodeCount: Int, tails: [UInt32], heads: [UInt32], weights: [UInt32], order: NodeOrder = .identity,
    parallelArcs: ParallelArcs = .keepShortest
  ) {
    self.init(
      nodeCount: nodeCount, tails: tails, heads: heads, weights: weights, order: order,
      parallelArcs: parallelArcs, arcNumbers: nil)
  }

  private init(
    nodeCount: Int, tails: [UInt32], heads: [UInt32], weights: [UInt32], order: NodeOrder,
    parallelArcs: ParallelArcs, arcNumbers: [UInt32]?
  ) {
    precondition(tails.count == heads.count && heads.count == weights.count, "arc arrays differ in length")
    precondition(
      nodeCount < Int(Self.invalid) && tails.count < Int(Self.invalid), "graph too large for 32-bit ids")
    self.nodeCount = nodeCount
    let permutation = order.permutation(nodeCount: nodeCount, tails: tails, heads: heads)
    var internalNode = [UInt32](repeating: 0, count: nodeCount)
    for (position, node) in permutation.enumerated() { internalNode[Int(node)] = UInt32(position) }
    self.internalNode = FlatArray(internalNode)
    originalNode = FlatArray(permutation)

    var firstOut = [UInt32](repeating: 0, count: nodeCount + 1)
    for tail in tails {
      precondition(Int(tail) < nodeCount, "arc tail out of range")
      firstOut[Int(internalNode[Int(tail)]) + 1] += 1
    }
    for node in 0..<nodeCount { firstOut[node + 1] += firstOut[node] }
    var next = firstOut
    var arcs = [PackedArc](repeating: PackedArc(head: 0, weight: 0), count: tails.count)
    var arcTails = [UInt32](repeating: 0, count: tails.count)
    var originalArc = [UInt32](repeating: 0, count: tails.count)
    for arc in tails.indices {
      precondition(Int(heads[arc]) < nodeCount, "arc head out of range")
      let tail = internalNode[Int(tails[arc])]
      let position = Int(next[Int(tail)])
      next[Int(tail)] += 1
      arcs[position] = PackedArc(head: internalNode[Int(heads[arc])], weight: weights[arc])
      arcTails[position] = tail
      originalArc[position] = arcNumbers?[arc] ?? UInt32(arc)
    }
    inputArcCount = tails.count
    if parallelArcs == .keepShortest {
      Self.keepShortestParallelArcs(
        nodeCount: nodeCount, firstOut: &firstOut, arcs: &arcs, tails: &arcTails, originalArc: &originalArc)
    }
    var bound: UInt64 = 0  // < n · 2³² < 2⁶⁴: no overflow
    for node in 0..<nodeCount {
      var heaviest: UInt32 = 0
      for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
        heaviest = max(heaviest, arcs[position].weight)
      }
      bound += UInt64(heaviest)
    }
    distanceBound = bound
    self.firstOut = FlatArray(firstOut)
    self.arcs = FlatArray(arcs)
    self.tails = FlatArray(arcTails)
    self.originalArc = FlatArray(originalArc)
  }

  /// A graph of arrays built before (a compiled snapshot's), to be checked with
  /// `isWellFormed(inputArcLimit:)` before any search reads it.
  package init(
    nodeCount: Int, firstOut: FlatArray<UInt32>, arcs: FlatArray<PackedArc>, tails: FlatArray<UInt32>,
    originalArc: FlatArray<UInt32>, internalNode: FlatArray<UInt32>, originalNode: FlatArray<UInt32>,
    distanceBound: UInt64, inputArcCount: Int
  ) {
    self.nodeCount = nodeCount
    self.firstOut = firstOut
    self.arcs = arcs
    self.tails = tails
    self.originalArc = originalArc
    self.internalNode = internalNode
    self.originalNode = originalNode
    self.distanceBound = distanceBound
    self.inputArcCount = inputArcCount
  }

  /// Compacts the arrays in place so that each (tail, head) keeps one arc: the least weight, and of
  /// equal weights the one met first. The counting sort is stable, so within a tail arcs are in the
  /// caller's order, which is increasing arc number: the first met is the lowest numbered.
  private static func keepShortestParallelArcs(
    nodeCount: Int, firstOut: inout [UInt32], arcs: inout [PackedArc], tails: inout [UInt32],
    originalArc: inout [UInt32]
  ) {
    // Per head: the tail that last stored an arc to it (+ 1; 0 = none yet) and that arc's position.
    var storedFor = [UInt32](repeating: 0, count: nodeCount)
    var storedAt = [UInt32](repeating: 0, count: nodeCount)
    var kept = 0
    var begin = 0
    for tail in 0..<nodeCount {
      let end = Int(firstOut[tail + 1])
      firstOut[tail] = UInt32(kept)
      for position in begin..<end {
        let arc = arcs[position]
        let head = Int(arc.head)
        if storedFor[head] == UInt32(tail + 1) {
          let earlier = Int(storedAt[head])
          if arc.weight < arcs[earlier].weight {
            arcs[earlier].weight = arc.weight
            originalArc[earlier] = originalArc[position]
          }
        } else {
          storedFor[head] = UInt32(tail + 1)
          storedAt[head] = UInt32(kept)
          arcs[kept] = arc
          tails[kept] = tails[position]
          originalArc[kept] = originalArc[position]
          kept += 1
        }
      }
      begin = end
    }
    firstOut[nodeCount] = UInt32(kept)
    // Copies, so that the arrays do not keep the capacity of the input.
    arcs = Array(arcs[..<kept])
    tails = Array(tails[..<kept])
    originalArc = Array(originalArc[..<kept])
  }

  /// The graph of `network`'s arcs with `weight(arc)`; arcs it returns nil for are left out.
  /// Nodes are terminals, numbered by default along a Hilbert curve over their cities' coordinates
  /// (`geographic`: on the synthetic 100k network about 20 % faster searches than data order, on a
  /// par with breadth-first).
  ///
  /// With `direction` `.reverse` every arc is stored from its head to its tail (arc numbers stay
  /// the network's): a search from the targets then finds the distances *to* them.
  ///
  /// - Returns: nil when a weight does not fit in 32 bits.
  public init?(
    network: TransportNetwork, direction: Direction = .forward, order: NodeOrder = .geographic,
    parallelArcs: ParallelArcs = .keepShortest, weight: (Int) -> Int64?
  ) {
    var tails: [UInt32] = []
    var heads: [UInt32] = []
    var weights: [UInt32] = []
    tails.reserveCapacity(network.arcCount)
    heads.reserveCapacity(network.arcCount)
    weights.reserveCapacity(network.arcCount)
    var arcNumbers: [UInt32] = []
    for arc in 0..<network.arcCount {
      guard let value = weight(arc) else { continue }
      guard value >= 0, value <= Int64(UInt32.max) else { return nil }
      let tail = UInt32(network.arcTail[arc].index)
      let head = UInt32(network.arcHead[arc].index)
      tails.append(direction == .forward ? tail : head)
      heads.append(direction == .forward ? head : tail)
      weights.append(UInt32(value))
      arcNumbers.append(UInt32(arc))
    }
    let order = order.resolved(cityOf: network)
    self.init(
      nodeCount: network.terminalCount, tails: tails, heads: heads, weights: weights, order: order,
      parallelArcs: parallelArcs, arcNumbers: arcNumbers)
  }

  /// The caller's number of the arc at internal `position`.
  public func arcNumber(at position: Int) -> Int { Int(originalArc[position]) }
}
