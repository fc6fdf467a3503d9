import Synchronization

/// The per-arc weights of unconstrained queries, prepared once per `ArcWeightsKey` and shared by
/// every query of the planner that owns the cache (on every thread): a query that names no
/// country, carrier, crossing or disruption does no O(arcs) work once its key has been seen.
///
/// Bounded: it holds at most `capacity` entries, so that the weights of at most about 8 million
/// arcs (and their kernel graphs) are kept; the entry used least recently goes first.
final class ArcWeightsCache: Sendable {
  private struct State {
    var entries: [ArcWeightsKey: PreparedArcs] = [:]
    /// Keys from least to most recently used.
    var recency: [ArcWeightsKey] = []
  }

  private let state = Mutex(State())
  let capacity: Int

  /// - Parameter capacity: entries kept; by default as many as fit 8 million arcs, from 1 to 32.
  init(network: TransportNetwork, capacity: Int? = nil) {
    self.capacity = capacity ?? min(32, max(1, 8_000_000 / max(network.arcCount, 1)))
  }

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
    let base = arcs(for: key) { PreparedArcs(weigh(), network: network) }
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
      guard let found = state.entries[key] else { return nil }
      if state.recency.last != key, let index = state.recency.firstIndex(of: key) {
        state.recency.remove(at: index)
        state.recency.append(key)
      }
      return found
    }
    if let known { return known }
    let made = make()
    return state.withLock { state in
      if let raced = state.entries[key] { return raced }
      if state.entries.count >= capacity, !state.recency.isEmpty {
        state.entries[state.recency.removeFirst()] = nil
      }
      state.entries[key] = made
      state.recency.append(key)
      return made
    }
  }

  /// Entries kept now.
  var count: Int { state.withLock { $0.entries.count } }
}
