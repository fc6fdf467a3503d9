/// One query's per-arc weights with the kernel graphs built from them: what an unconstrained
/// query shares with every other query of the same `ArcWeightsKey` (through `ArcWeightsCache`),
/// and what a constrained query builds for itself.
final class PreparedArcs: Sendable {
  let weights: ArcWeights
  /// The kernel graphs of `weights`.
  let graphs: KernelGraphs
  /// The kernel graphs whose landmarks serve these weights' goal-directed searches: `graphs`, or
  /// those of the weights without a destination that these derive from when those are nowhere
  /// heavier (then one set of landmarks, the costly part, serves every destination territory).
  /// The label search's lower bounds stay on `graphs`: bounds from the lighter weights (the entry
  /// into the destination's territory cleared in transit) are admissible but loose: they made the
  /// reference network's prepared cheapest query 2.8 times slower (13 µs instead of 4.6).
  let landmarkGraphs: KernelGraphs
  /// The territories a transit arc enters: a destination in one needs weights of its own.
  let transitTerritories: Set<TerritoryID>
  /// Whether these are a compiled profile's arcs (mapped from a snapshot, nothing built).
  let isCompiled: Bool
  /// Whether these are a compiled profile's arcs or derive from them (for a destination
  /// territory: a copy of the weights, the kernel graphs reweighted from the compiled ones).
  let derivesFromCompiled: Bool

  init(_ weights: ArcWeights, network: TransportNetwork, boundedBy base: PreparedArcs? = nil) {
    self.weights = weights
    // Weights derived from `base` differ in the transit arcs cleared in full here: their graphs
    // are `base`'s reweighted.
    let changed = base.map { base in base.weights.transitArcs.map(\.arc).filter { !weights.inTransit[$0] } }
    let graphs = KernelGraphs(
      network: network, usable: weights.usable, weight: weights.weight,
      base: base.flatMap { base in changed.map { (base.graphs, $0) } })
    self.graphs = graphs
    transitTerritories = Set(weights.transitArcs.map(\.territory))
    if let base, base.weights.isLowerBound(of: weights) {
      landmarkGraphs = base.landmarkGraphs
    } else {
      landmarkGraphs = graphs
    }
    isCompiled = false
    derivesFromCompiled = base?.derivesFromCompiled ?? false
  }

  /// A compiled profile's arcs, graphs and landmarks, as mapped.
  init(compiled profile: CompiledProfile, network: TransportNetwork) {
    weights = profile.arcWeights
    graphs = KernelGraphs(compiled: profile, network: network)
    landmarkGraphs = graphs
    transitTerritories = Set(profile.transitTerritory)
    isCompiled = true
    derivesFromCompiled = true
  }
}
