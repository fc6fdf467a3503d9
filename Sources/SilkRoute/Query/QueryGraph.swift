/// One query's view of the network: which arcs the cargo may use under the constraints and
/// disruptions, each arc's static cost, time and CO2, and the origin, destination and via cities.
/// Built once per query in O(n + m); the searches read only these arrays.
public struct QueryGraph: Sendable {
  public let network: TransportNetwork
  public internal(set) var query: RouteQuery
  public let origin: CityID
  public let destination: CityID
  /// Cities to pass in order; the search runs on layers 0...via.count.
  public let via: [CityID]
  /// Whether arc `a` may be used.
  public internal(set) var usable: FlatArray<Bool> { didSet { arcsChanged() } }
  /// Static weights per arc (cost, time incl. clearance and delays, CO2); zero when unusable.
  public internal(set) var weight: FlatArray<RouteTotals> { didSet { arcsChanged() } }
  /// Lower bounds computed on this graph, kept for the next search of the same prepared query
  /// (a new cache whenever the arcs change).
  private var boundsCache = LowerBoundsCache()
  /// The arcs as prepared, with their kernel graphs: shared with every query of the same
  /// `ArcWeightsKey` when they came from a planner's cache; nil once `usable` or `weight` change
  /// (then each search builds the graphs it needs).
  private var prepared: PreparedArcs?
  /// Extra minutes added to the arc by a delay disruption (included in `weight`).
  public let delay: FlatArray<Int64>
  /// The arc's customs crossing is cleared in transit (included in `weight`).
  public let inTransit: FlatArray<Bool>
  public let sources: [TerminalID]
  public let targets: [TerminalID]
  /// The day (days since 1970-01-01) whose network the query routes on, or nil (every arc).
  public let validityDay: Int32?
  /// Per terminal: true if it belongs to a country the route must avoid.
  let forbiddenTerminal: [Bool]

  /// Resolves every name in `query` (cities through `resolver`) and builds the per-arc arrays.
  ///
  /// - Throws: `RoutingError` for unknown or ambiguous names, an avoided origin or destination,
  ///   or identical origin and destination.
  public init(query: RouteQuery, network: TransportNetwork, resolver: CityResolver) throws(RoutingError) {
    try self.init(query: query, network: network, resolver: resolver, ignoringValidity: false)
  }

  /// With `ignoringValidity`, every arc counts whatever its dates (to tell why a date has no
  /// route).
  ///
  /// - Parameter cache: where an unconstrained query (no avoided country, carrier or crossing, no
  ///   disruption) finds its arcs already weighted, and leaves them for the next.
  init(
    query: RouteQuery, network: TransportNetwork, resolver: CityResolver, ignoringValidity: Bool,
    cache: ArcWeightsCache? = nil
  ) throws(RoutingError) {
    self.network = network
    self.query = query
    let origin = try resolver.city(named: query.from)
    let destination = try resolver.city(named: query.to)
    guard origin != destination else { throw .sameOriginAndDestination(network.city(origin).name) }
    self.origin = origin
    self.destination = destination
    var via: [CityID] = []
    for name in query.constraints.via { via.append(try resolver.city(named: name)) }
    self.via = via
    let restrictions = try QueryRestrictions(
      query: query, network: network, resolver: resolver, endpoints: [origin, destination] + via)
    let forbidden = restrictions.forbiddenTerminals(in: network)
    forbiddenTerminal = forbidden
    let day = ignoringValidity ? nil : query.validityDay(in: network)
    validityDay = day
    let prepared: PreparedArcs
    if let cache, restrictions.isEmpty {
      prepared = cache.arcs(
        network: network, cargo: query.cargo,
        modes: query.allowedModes.subtracting(query.constraints.avoidModes), day: day,
        destinationTerritory: network.cityTerritory[destination.index]
      ) {
        ArcWeights(
          query: query, network: network, restrictions: restrictions, forbidden: forbidden, destination: nil,
          day: day)
      }
    } else {
      prepared = PreparedArcs(
        ArcWeights(
          query: query, network: network, restrictions: restrictions, forbidden: forbidden,
          destination: destination, day: day), network: network)
    }
    self.prepared = prepared
    let arcs = prepared.weights
    usable = arcs.usable
    weight = arcs.weight
    delay = arcs.delay
    inTransit = arcs.inTransit
    let closed = restrictions.closed
    sources = network.cityTerminals[origin.index].filter {
      !forbidden[$0.index] && !closed.contains(terminal: $0, in: network)
    }
    targets = network.cityTerminals[destination.index].filter {
      !forbidden[$0.index] && !closed.contains(terminal: $0, in: network)
    }
  }

  private mutating func arcsChanged() {
    boundsCache = LowerBoundsCache()
    prepared = nil
  }

  /// Whether the arcs are a compiled snapshot's (`CompiledProfile`), mapped: no O(arcs) work was
  /// done for them.
  package var usesCompiledProfile: Bool { prepared?.isCompiled ?? false }

  /// Whether the arcs are a compiled profile's or derive from them (`PreparedArcs`).
  package var derivesFromCompiledProfile: Bool { prepared?.derivesFromCompiled ?? false }

  /// The kernel graphs of these arcs (shared when prepared, else made for the caller).
  var kernelGraphs: KernelGraphs {
    prepared?.graphs ?? KernelGraphs(network: network, usable: usable, weight: weight)
  }

  /// The forward kernel graph of `criterion` over the usable arcs (see `KernelGraphs.graph`).
  func forwardGraph(_ criterion: Criterion) -> KernelGraph? {
    kernelGraphs.graph(criterion, .forward)
  }

  /// The reversed kernel graph of `criterion`, whose distances are the lower bounds.
  func boundGraph(_ criterion: Criterion) -> KernelGraph? { kernelGraphs.graph(criterion, .reverse) }

  /// The distances to the targets in `criterion` on `boundGraph`, computed by `compute` unless a
  /// recent query to the same targets on the same (shared) graphs left them.
  func targetDistances(_ criterion: Criterion, _ compute: () -> [Int64]) -> [Int64] {
    kernelGraphs.targetDistances.distances(criterion, to: targets, compute)
  }

  /// The landmarks for goal-directed searches of `criterion` on a large network (see
  /// `KernelGraphs.landmarks`), shared by every destination territory where they can be
  /// (`PreparedArcs.landmarkGraphs`).
  func landmarks(_ criterion: Criterion) -> Landmarks? {
    (prepared?.landmarkGraphs ?? kernelGraphs).landmarks(criterion)
  }

  /// Lower bounds to the destination for `criteria` (the others 0), computed once per graph: a
  /// prepared query searched again reuses them.
  public func lowerBounds(_ criteria: [Criterion] = Criterion.standard) -> LowerBounds {
    boundsCache.bounds(for: criteria) { LowerBounds(graph: self, criteria: criteria) }
  }

  /// The layer a search is in after passing `layer` via cities, at `terminal`: the next via city
  /// counts as passed on arrival.
  func advance(layer: Int, at terminal: TerminalID) -> Int {
    var layer = layer
    while layer < via.count && network.terminalCity[terminal.index] == via[layer] { layer += 1 }
    return layer
  }

  /// Cost, time and CO2 of taking `arc` when ready at its tail at `ready` (minutes since the
  /// epoch, or nil for a static search): waiting for the next departure is part of the time.
  @inlinable func traverse(_ arc: Int, readyAt ready: Int64?) -> RouteTotals {
    var totals = weight[arc]
    if let ready {
      let timetable = network.arcTimetable[arc]
      if timetable >= 0 {
        let departure = network.timetables[Int(timetable)].nextDeparture(atOrAfter: ready)
        totals.time += Minutes(departure - ready)
      }
    }
    return totals
  }

  /// The customs clearance the arc pays (transit or full), zero without a crossing.
  func clearance(of arc: Int) -> (time: Minutes, cost: Cents, inTransit: Bool) {
    let crossing = network.arcCrossing[arc]
    guard crossing >= 0 else { return (.zero, .zero, false) }
    let record = network.crossings[Int(crossing)]
    if inTransit[arc], let time = record.transitClearance, let cost = record.transitCost {
      return (time, cost, true)
    }
    return (record.clearance, record.cost, false)
  }

  /// The departure instant of `arc` when ready at `ready`.
  func departure(of arc: Int, readyAt ready: Int64) -> Int64 {
    let timetable = network.arcTimetable[arc]
    guard timetable >= 0 else { return ready }
    return network.timetables[Int(timetable)].nextDeparture(atOrAfter: ready)
  }
}
