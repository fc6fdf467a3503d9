import Synchronization

/// The per-arc weights of unconstrained queries, prepared once per `ArcWeightsKey` and shared by
/// every query of the planner that owns the cache (on every thread): a query that names no
/// country, carrier, crossing or disruption does no O(arcs) work once its key has been seen.
///
/// Bounded: it holds at most `capacity` entries, so that the weights of at most about 8 million
/// arcs (and their kernel graphs) are kept; the entry used least recently goes first.
final class ArcWeightsCache: Sendable {
  private struct State {
    var entries: [ArcWeightsKey: Entry] = [:]
    /// Counts lookups: an entry's `used` is the count at its last one.
    var clock: UInt64 = 0
  }

  private struct Entry {
    var arcs: PreparedArcs
    var used: UInt64
  }

  private let state = Mutex(State())
  let capacity: Int
  /// The network's compiled profile and its arcs (mapped from a snapshot), kept apart from the
  /// bounded entries: they cost no memory of their own and are never evicted.
  private let compiled: (profile: CompiledProfile, arcs: PreparedArcs)?

  /// - Parameter capacity: entries kept; by default as many as fit 8 million arcs, from 1 to 32.
  init(network: TransportNetwork, capacity: Int? = nil) {
    self.capacity = capacity ?? min(32, max(1, 8_000_000 / max(network.arcCount, 1)))
    compiled = network.compiledProfile.map { ($0, PreparedArcs(compiled: $0, network: network)) }
  }

  /// Whether the cache starts with a compiled profile's arcs.
  package var hasCompiledProfile: Bool { compiled != nil }

  /// The prepared arcs for an unconstrained query to a city in `territory`: those without a
  /// destination (made by `weigh`, O(m) once per key), or, when a transit crossing enters
  /// `territory`, those derived from them with its entry cleared in full (a copy, once per key and
  /// territory).
  func arcs(
    network: TransportNetwork, cargo: Cargo, modes: Set<Mode>, day: Int32?,
    destinationTerritory territory: TerritoryID,
    weigh: () -> ArcWeights
  ) -> PreparedArcs {
    var key = ArcWeightsKey(cargo: cargo, modes: modes, day: day, destinationTerritory: nil)
    let base: PreparedArcs
    if let compiled, compiled.profile.serves(cargo: cargo, modes: key.modes, day: day) {
      // Every day the profile serves shares its arcs, and their entries for each territory.
      key.day = compiled.profile.day
      base = compiled.arcs
    } else {
      base = arcs(for: key) { PreparedArcs(weigh(), network: network) }
    }
    guard base.transitTerritories.contains(territory) else { return base }
    key.destinationTerritory = territory
    return arcs(for: key) {
      PreparedArcs(base.weights.entering(territory), network: network, boundedBy: base)
    }
  }

  /// The prepared arcs for `key`, made by `make` when they are not kept (outside the lock: two
  /// threads that miss at once may both make them).
  func arcs(for key: ArcWeightsKey, _ make: () -> PreparedArcs) -> PreparedArcs {
    let known = state.withLock { state -> PreparedArcs? in
      state.clock += 1
      let now = state.clock
      return state.entries[key].map { entry in
        state.entries[key]?.used = now
        return entry.arcs
      }
    }
    if let known { return known }
    let made = make()
    return state.withLock { state in
      if let raced = state.entries[key] { return raced.arcs }
      // Evicting scans the entries (at most 32): only on a miss, which weighs O(m) arcs anyway.
      if state.entries.count >= capacity,
        let oldest = state.entries.min(by: { $0.value.used < $1.value.used })
      {
        state.entries[oldest.key] = nil
      }
      state.clock += 1
      state.entries[key] = Entry(arcs: made, used: state.clock)
      return made
    }
  }

  /// Entries kept now.
  var count: Int { state.withLock { $0.entries.count } }
}
