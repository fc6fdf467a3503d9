import Synchronization

/// The kernel graphs (`ScalarGraph`s in the flat layout) of one set of per-arc weights, built on
/// first use and shared by every query graph that carries those weights: per criterion (cost,
/// time, CO2), a forward graph for the scalar searches and a reversed one for the lower bounds.
///
/// Holds the arrays it was made of (shared, not copied).
final class KernelGraphs: Sendable {
  let network: TransportNetwork
  let usable: FlatArray<Bool>
  let weight: FlatArray<RouteTotals>

  private struct Key: Hashable {
    var criterion: Criterion
    var direction: ScalarGraph.Direction
  }

  /// Built graphs; `.some(nil)` when the criterion's weights do not fit the kernel's 32 bits.
  private let built = Mutex<[Key: KernelGraph?]>([:])
  private let landmarksBuilt = Mutex<[Criterion: Landmarks?]>([:])
  /// Networks with at least this many terminals get landmarks for goal-directed one-to-one
  /// searches; on smaller ones plain Dijkstra settles so few nodes that A* does not pay.
  let landmarkThreshold: Int
  /// Landmarks per criterion.
  let landmarkCount: Int
  /// Distances to the targets of recent queries on the reverse graphs (their lower bounds).
  let targetDistances: TargetDistanceCache
  /// The graphs of the weights these differ from in the weights of `changed` arcs only (same
  /// usable arcs): a graph built there is reweighted rather than built again.
  private let base: (graphs: KernelGraphs, changed: [Int])?

  /// - Parameter base: graphs of weights that differ from `weight` in the weights of the
  ///   `changed` arcs only.
  init(
    network: TransportNetwork, usable: FlatArray<Bool>, weight: FlatArray<RouteTotals>,
    landmarkThreshold: Int = 5_000, landmarkCount: Int = 16,
    base: (graphs: KernelGraphs, changed: [Int])? = nil
  ) {
    self.base = base
    self.network = network
    self.usable = usable
    self.weight = weight
    self.landmarkThreshold = landmarkThreshold
    self.landmarkCount = landmarkCount
    targetDistances = TargetDistanceCache(nodeCount: network.terminalCount)
  }

  /// The graphs and landmarks of a compiled profile, already built (a snapshot's, mapped).
  convenience init(compiled profile: CompiledProfile, network: TransportNetwork) {
    self.init(network: network, usable: profile.usable, weight: profile.weight)
    built.withLock { built in
      for (slot, graph) in zip(CompiledProfile.graphSlots, profile.graphs) {
        let key = Key(criterion: slot.criterion, direction: slot.direction)
        switch graph {
        case .notCompiled: break
        case .tooHeavy: built[key] = .some(nil)
        case .built(let graph): built[key] = KernelGraph(graph)
        }
      }
    }
    landmarksBuilt.withLock { built in
      for (criterion, landmarks) in zip(CompiledProfile.landmarkCriteria, profile.landmarks) {
        built[criterion] = .some(landmarks)
      }
    }
  }

  /// The graph of `criterion` over the usable arcs.
  ///
  /// Forward graphs carry the exact weights, so they exist only when every usable weight fits in
  /// 32 bits (nil otherwise). Reverse graphs are for lower bounds: a weight above 2³² − 1 is
  /// stored as 2³² − 1, which only lowers the distances, so they stay admissible and consistent.
  ///
  /// - Complexity: O(m) on first use per criterion and direction (with the node order's sort),
  ///   O(1) after.
  func graph(_ criterion: Criterion, _ direction: ScalarGraph.Direction) -> KernelGraph? {
    let key = Key(criterion: criterion, direction: direction)
    if let known = built.withLock({ $0[key] }) { return known }
    // Built outside the lock (0.1 s on 100k terminals): two threads may both build it once.
    let clamp = direction == .reverse
    let (usable, weight) = (self.usable, self.weight)
    let value = { (arc: Int) -> Int64? in
      guard usable[arc] else { return nil }
      let value = Self.value(of: weight[arc], criterion)
      return clamp ? min(value, Int64(UInt32.max)) : value
    }
    let graph: KernelGraph?
    if let base, let known = base.graphs.built.withLock({ $0[key] }), let derivedFrom = known {
      graph = derivedFrom.graph.reweighted(
        base.changed, network: network, direction: direction, weight: value
      )
      .map { KernelGraph($0) }
    } else {
      graph = ScalarGraph(network: network, direction: direction, weight: value).map { KernelGraph($0) }
    }
    built.withLock { $0[key] = graph }
    return graph
  }

  /// The landmarks of `criterion`'s forward graph, or nil on a network below
  /// `landmarkThreshold` terminals or when the weights do not fit the kernel.
  ///
  /// - Complexity: 2 · `landmarkCount` + 1 one-to-all searches on first use (0.3 s on 100k
  ///   terminals), O(1) after.
  func landmarks(_ criterion: Criterion) -> Landmarks? {
    guard network.terminalCount >= landmarkThreshold else { return nil }
    if let known = landmarksBuilt.withLock({ $0[criterion] }) { return known }
    var landmarks: Landmarks?
    // The reverse graph is exact when the forward one exists (no weight needed clamping).
    if let forward = graph(criterion, .forward), let reverse = graph(criterion, .reverse) {
      landmarks = Landmarks(forward: forward.graph, reverse: reverse.graph, count: landmarkCount)
    }
    landmarksBuilt.withLock { $0[criterion] = landmarks }
    return landmarks
  }

  static func value(of totals: RouteTotals, _ criterion: Criterion) -> Int64 {
    switch criterion {
    case .cost: totals.cost.rawValue
    case .time: totals.time.rawValue
    case .co2: totals.co2.rawValue
    case .documents: 0
    }
  }
}
