/// A static directed graph with one non-negative 32-bit weight per arc, laid out for the fastest
/// one-criterion searches: compressed sparse row arrays sorted by tail, each arc's head and weight
/// interleaved in 8 bytes (one load per relaxation), 32-bit ids, and nodes renumbered in an order
/// chosen for cache locality (`NodeOrder`).
///
/// Callers speak in their own node and arc numbers ("original"); the graph keeps the mapping.
/// Build one per weighting (a DIMACS instance, or a query's cost, time or CO2) and share it:
/// it is an immutable `Sendable` value; the per-query state lives in `ScalarDijkstra`.
public struct ScalarGraph: Sendable {
  /// An arc in the search's layout: its head (internal id) and weight.
  @frozen public struct PackedArc: Hashable, Sendable {
    public var head: UInt32
    public var weight: UInt32
  }

  public let nodeCount: Int
  /// The out-arcs of internal node `v` are `arcs[firstOut[v] ..< firstOut[v + 1]]`.
  let firstOut: [UInt32]
  let arcs: [PackedArc]
  /// Per arc position: its internal tail (path reconstruction only; not read by the hot loop).
  let tails: [UInt32]
  /// Per arc position: the caller's arc number.
  let originalArc: [UInt32]
  /// Original node → internal node, and back.
  let internalNode: [UInt32]
  let originalNode: [UInt32]

  public var arcCount: Int { arcs.count }

  /// Sentinel for "no node" / "no arc".
  public static let invalid = UInt32.max

  /// Builds the graph from parallel arc arrays in the caller's numbering.
  ///
  /// - Parameters:
  ///   - nodeCount: nodes are `0 ..< nodeCount`.
  ///   - tails, heads, weights: one entry per arc; arc `i` keeps the number `i` in results.
  ///   - order: the internal numbering (identity keeps the caller's).
  /// - Precondition: the arrays have equal lengths, ids are below `nodeCount`, fewer than 2³² − 1
  ///   nodes and arcs. (Callers build these arrays from validated data.)
  /// - Complexity: O(n + m) (a counting sort by tail).
  public init(
    nodeCount: Int, tails: [UInt32], heads: [UInt32], weights: [UInt32], order: NodeOrder = .identity
  ) {
    self.init(
      nodeCount: nodeCount, tails: tails, heads: heads, weights: weights, order: order, arcNumbers: nil)
  }

  private init(
    nodeCount: Int, tails: [UInt32], heads: [UInt32], weights: [UInt32], order: NodeOrder,
    arcNumbers: [UInt32]?
  ) {
    precondition(tails.count == heads.count && heads.count == weights.count, "arc arrays differ in length")
    precondition(
      nodeCount < Int(Self.invalid) && tails.count < Int(Self.invalid), "graph too large for 32-bit ids")
    self.nodeCount = nodeCount
    let permutation = order.permutation(nodeCount: nodeCount, tails: tails, heads: heads)
    var internalNode = [UInt32](repeating: 0, count: nodeCount)
    for (position, node) in permutation.enumerated() { internalNode[Int(node)] = UInt32(position) }
    self.internalNode = internalNode
    originalNode = permutation

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
    self.firstOut = firstOut
    self.arcs = arcs
    self.tails = arcTails
    self.originalArc = originalArc
  }

  /// The graph of `network`'s arcs with `weight(arc)`; arcs it returns nil for are left out.
  /// Nodes are terminals; the locality order, when asked for, uses the cities' coordinates.
  ///
  /// - Returns: nil when a weight does not fit in 32 bits (use `ShortestPathSearch` then).
  public init?(network: TransportNetwork, order: NodeOrder = .identity, weight: (Int) -> Int64?) {
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
      tails.append(UInt32(network.arcTail[arc].index))
      heads.append(UInt32(network.arcHead[arc].index))
      weights.append(UInt32(value))
      arcNumbers.append(UInt32(arc))
    }
    let order = order.resolved(cityOf: network)
    self.init(
      nodeCount: network.terminalCount, tails: tails, heads: heads, weights: weights, order: order,
      arcNumbers: arcNumbers)
  }

  /// The caller's number of the arc at internal `position`.
  public func arcNumber(at position: Int) -> Int { Int(originalArc[position]) }
}
