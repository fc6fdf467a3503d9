/// The prepared arcs of one query profile, compiled ahead into a network's snapshot: the per-arc
/// weights (`ArcWeights`) an unconstrained query of the default cargo on every mode builds first,
/// and the kernel graphs and landmarks of them that the planner reads (see `compile`). A network
/// opened from the snapshot carries it, and its planner's `ArcWeightsCache` starts with it: a
/// query of the same `ArcWeightsKey` then does no O(arcs) work (one to a destination territory
/// that a transit crossing enters derives its weights and graphs from these at the changed arcs).
///
/// The key's day is the network's default (its as-of day, or nil when nothing is dated); the
/// profile serves every day whose usable arcs are the same (`firstDay ... lastDay`), and queries
/// without a day when those arcs are every arc the cargo may use (`servesUndated`).
package struct CompiledProfile: Sendable {
  package var cargo: Cargo
  /// The modes as `ArcWeightsKey` holds them (bits by `Mode.order`).
  package var modes: UInt8
  /// The day the weights were made for (nil: every arc, whatever its dates).
  package var day: Int32?
  /// The days on which exactly the same arcs are valid as on `day` (empty when `lastDay` is
  /// below `firstDay`).
  package var firstDay: Int32
  package var lastDay: Int32
  /// Whether the weights are also those of a query without a day.
  package var servesUndated: Bool
  package var usable: FlatArray<Bool>
  package var weight: FlatArray<RouteTotals>
  package var inTransit: FlatArray<Bool>
  /// The arcs cleared in transit (see `ArcWeights.TransitArc`), as three parallel arrays.
  package var transitArc: FlatArray<Int32>
  package var transitTerritory: FlatArray<TerritoryID>
  package var transitClearance: FlatArray<RouteTotals>
  /// Per kernel graph slot (`graphSlots`).
  package var graphs: [Graph]
  /// Per criterion of `landmarkCriteria`: the landmarks, or nil; empty when none are compiled
  /// (see `compile`).
  package var landmarks: [Landmarks?]

  /// A kernel graph slot of a profile.
  package enum Graph: Sendable {
    /// Not compiled: built on first use, as for weights made at query time.
    case notCompiled
    /// A weight does not fit the kernel (there is no such graph).
    case tooHeavy
    case built(ScalarGraph)

    package var graph: ScalarGraph? {
      guard case .built(let graph) = self else { return nil }
      return graph
    }
  }

  /// A profile of arrays read back (a snapshot's, checked there).
  package init(
    cargo: Cargo, modes: UInt8, day: Int32?, firstDay: Int32, lastDay: Int32, servesUndated: Bool,
    usable: FlatArray<Bool>, weight: FlatArray<RouteTotals>, inTransit: FlatArray<Bool>,
    transitArc: FlatArray<Int32>, transitTerritory: FlatArray<TerritoryID>,
    transitClearance: FlatArray<RouteTotals>,
    graphs: [Graph], landmarks: [Landmarks?]
  ) {
    (self.cargo, self.modes, self.day) = (cargo, modes, day)
    (self.firstDay, self.lastDay, self.servesUndated) = (firstDay, lastDay, servesUndated)
    (self.usable, self.weight, self.inTransit) = (usable, weight, inTransit)
    (self.transitArc, self.transitTerritory, self.transitClearance) = (
      transitArc, transitTerritory, transitClearance
    )
    (self.graphs, self.landmarks) = (graphs, landmarks)
  }

  /// The kernel graphs a profile holds, in order.
  package static let graphSlots: [(criterion: Criterion, direction: ScalarGraph.Direction)] = [
    (.cost, .forward), (.cost, .reverse), (.time, .forward), (.time, .reverse), (.co2, .forward),
    (.co2, .reverse),
  ]
  /// The criteria a profile holds landmarks of, in order.
  package static let landmarkCriteria: [Criterion] = [.cost, .time, .co2]

  /// The default query's profile on `network`: the default cargo (`RouteQuery`'s, as the CLI's
  /// and the HTTP API's), every mode, the network's default day; with what the planner reads of
  /// the kernel: the reverse graphs (the label search's lower bounds) always, the forward graphs
  /// and, from `landmarkThreshold` terminals (`KernelGraphs`' threshold, below which no search uses
  /// them), the landmarks only on a network without document regimes (where the planner's scalar
  /// search runs on them; on one with documents nothing reads them, and on the synthetic 100k
  /// network they would add 112 MB to check at every open).
  ///
  /// - Complexity: two passes over the arcs, three or six kernel graphs and (on a large network
  ///   without documents) three sets of landmarks: what the first queries would build, plus the
  ///   validity window.
  package static func compile(_ network: TransportNetwork, landmarkThreshold: Int? = nil) -> CompiledProfile {
    let query = RouteQuery(from: "", to: "")
    let modes = query.allowedModes.subtracting(query.constraints.avoidModes)
    let day = query.validityDay(in: network)
    let noTerminal = [Bool](repeating: false, count: network.terminalCount)
    let weights = ArcWeights(
      query: query, network: network, restrictions: QueryRestrictions(), forbidden: noTerminal,
      destination: nil, day: day)
    let anyDay =
      day == nil
      ? weights.usable
      : ArcWeights(
        query: query, network: network, restrictions: QueryRestrictions(), forbidden: noTerminal,
        destination: nil, day: nil
      ).usable
    let window = validDays(network, usable: weights.usable, anyDay: anyDay, day: day)
    let prepared = PreparedArcs(weights, network: network)
    let graphs = prepared.graphs
    let scalar = !network.documentsModelled
    let large = scalar && network.terminalCount >= landmarkThreshold ?? graphs.landmarkThreshold
    return CompiledProfile(
      cargo: query.cargo, modes: ArcWeightsKey.bits(of: modes), day: day, firstDay: window.lowerBound,
      lastDay: window.upperBound, servesUndated: day == nil || weights.usable == anyDay,
      usable: weights.usable, weight: weights.weight, inTransit: weights.inTransit,
      transitArc: FlatArray(weights.transitArcs.map { Int32($0.arc) }),
      transitTerritory: FlatArray(weights.transitArcs.map(\.territory)),
      transitClearance: FlatArray(weights.transitArcs.map(\.fullClearance)),
      graphs: graphSlots.map { slot in
        guard scalar || slot.direction == .reverse else { return .notCompiled }
        return graphs.graph(slot.criterion, slot.direction).map { .built($0.graph) } ?? .tooHeavy
      },
      landmarks: large ? landmarkCriteria.map { landmarks(graphs, $0) } : [])
  }

  /// What `KernelGraphs.landmarks` builds on a large network.
  private static func landmarks(_ graphs: KernelGraphs, _ criterion: Criterion) -> Landmarks? {
    guard let forward = graphs.graph(criterion, .forward), let reverse = graphs.graph(criterion, .reverse)
    else {
      return nil
    }
    return Landmarks(forward: forward.graph, reverse: reverse.graph, count: graphs.landmarkCount)
  }

  /// The days whose valid arcs among `anyDay` (the arcs usable whatever the day) are exactly
  /// `usable` (those valid on `day`; every one of `anyDay` when `day` is nil). Possibly empty.
  static func validDays(
    _ network: TransportNetwork, usable: FlatArray<Bool>, anyDay: FlatArray<Bool>, day: Int32?
  )
    -> (lowerBound: Int32, upperBound: Int32)
  {
    var (low, high) = (Int32.min, Int32.max)
    guard !network.arcValidFrom.isEmpty else { return (low, high) }
    for arc in 0..<network.arcCount where anyDay[arc] {
      let (from, until) = (network.arcValidFrom[arc], network.arcValidUntil[arc])
      if day == nil || usable[arc] {
        // Must stay valid: inside its range (an empty range leaves no day).
        (low, high) = (max(low, from), min(high, until))
      } else if let day, from <= until {
        // Must stay invalid: on the side of its range that `day` is on.
        if until < day { low = max(low, until + 1) } else { high = min(high, from - 1) }
      }
    }
    return (low, high)
  }

  /// Whether these weights are those of an unconstrained query of `cargo` on `modes` on `day`.
  package func serves(cargo: Cargo, modes: UInt8, day: Int32?) -> Bool {
    guard cargo == self.cargo, modes == self.modes else { return false }
    guard let day else { return servesUndated }
    return day == self.day || (firstDay <= day && day <= lastDay)
  }

  /// The weights as `ArcWeights` (mapped, not copied; no delays).
  var arcWeights: ArcWeights {
    ArcWeights(
      usable: usable, weight: weight, delay: .zeros(count: usable.count), inTransit: inTransit,
      transitArcs: transitArc.indices.map { index in
        ArcWeights.TransitArc(
          arc: Int(transitArc[index]), territory: transitTerritory[index],
          fullClearance: transitClearance[index])
      })
  }
}
