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
  public internal(set) var usable: [Bool] { didSet { boundsCache = LowerBoundsCache() } }
  /// Static weights per arc (cost, time incl. clearance and delays, CO2); zero when unusable.
  public internal(set) var weight: [RouteTotals] { didSet { boundsCache = LowerBoundsCache() } }
  /// Lower bounds computed on this graph, kept for the next search of the same prepared query
  /// (a new cache whenever the arcs change).
  private var boundsCache = LowerBoundsCache()
  /// Extra minutes added to the arc by a delay disruption (included in `weight`).
  public let delay: [Int64]
  /// The arc's customs crossing is cleared in transit (included in `weight`).
  public let inTransit: [Bool]
  public let sources: [TerminalID]
  public let targets: [TerminalID]
  /// The day (days since 1970-01-01) whose network the query routes on, or nil (every arc).
  public let validityDay: Int32?
  /// Per terminal: true if it belongs to a country the route must avoid.
  let forbiddenTerminal: [Bool]

  /// Resolves every name in `query` and builds the per-arc arrays.
  ///
  /// - Throws: `RoutingError` for unknown or ambiguous names, an avoided origin or destination,
  ///   or identical origin and destination.
  public init(planner: RoutePlanner, query: RouteQuery) throws(RoutingError) {
    try self.init(planner: planner, query: query, ignoringValidity: false)
  }

  /// With `ignoringValidity`, every arc counts whatever its dates (to tell why a date has no
  /// route).
  init(planner: RoutePlanner, query: RouteQuery, ignoringValidity: Bool) throws(RoutingError) {
    let network = planner.network
    self.network = network
    self.query = query
    let origin = try planner.city(named: query.from)
    let destination = try planner.city(named: query.to)
    guard origin != destination else { throw .sameOriginAndDestination(network.city(origin).name) }
    self.origin = origin
    self.destination = destination
    var via: [CityID] = []
    for name in query.constraints.via { via.append(try planner.city(named: name)) }
    self.via = via
    // Building the name index costs more than the search: only when the query names something.
    let namesSomething =
      !query.constraints.avoidCountries.isEmpty || !query.constraints.avoidCarriers.isEmpty
      || !query.constraints.avoidCrossings.isEmpty || !query.disruptions.isEmpty
    let selector = namesSomething ? NetworkSelector(network: network, cityMatcher: planner.cityMatcher) : nil
    func resolve(_ name: String, as kind: NetworkSelector.Kind) throws(RoutingError) -> [NetworkSelector
      .Element]
    {
      guard let selector else { return [] }
      return try selector.resolve(name, as: kind)
    }
    let constraints = query.constraints

    // Countries to avoid.
    var avoidedCountries = Set<String>()
    for name in constraints.avoidCountries {
      for case .country(let code) in try resolve(name, as: .country) {
        avoidedCountries.insert(code)
      }
    }
    for city in [origin, destination] + via where avoidedCountries.contains(network.city(city).country) {
      throw .invalidQuery(
        .avoidCountries,
        "\(network.city(city).name) is in \(network.city(city).country), which the route must avoid")
    }
    var forbidden = [Bool](repeating: false, count: network.terminalCount)
    if !avoidedCountries.isEmpty {
      for terminal in 0..<network.terminalCount {
        forbidden[terminal] = avoidedCountries.contains(network.city(network.terminalCity[terminal]).country)
      }
    }
    forbiddenTerminal = forbidden

    var avoidedCarriers = Set<String>()
    for name in constraints.avoidCarriers {
      for case .carrier(let id) in try resolve(name, as: .carrier) { avoidedCarriers.insert(id) }
    }
    var avoided = ElementSet()
    for name in constraints.avoidCrossings { avoided.insert(try resolve(name, as: .crossing)) }
    var closed = ElementSet()
    for name in query.disruptions.closures { closed.insert(try resolve(name, as: .place)) }
    var delays: [(ElementSet, Minutes)] = []
    for item in query.disruptions.delays {
      guard item.delay >= .zero else { throw .invalidQuery(.delays, "must not be negative: \(item.target)") }
      var set = ElementSet()
      set.insert(try resolve(item.target, as: .place))
      delays.append((set, item.delay))
    }

    let model = CargoCostModel(
      network: network, cargo: query.cargo,
      allowedModes: query.allowedModes.subtracting(constraints.avoidModes))
    var usable = [Bool](repeating: false, count: network.arcCount)
    var weight = [RouteTotals](repeating: .zero, count: network.arcCount)
    var delay = [Int64](repeating: 0, count: network.arcCount)
    var inTransit = [Bool](repeating: false, count: network.arcCount)
    let destinationTerritory = network.cityTerritory[destination.index]
    var transitRegimes = Set<DocumentRegime>()
    for record in network.data.documentRegimes where record.isTransitDocument {
      transitRegimes.insert(record.regime)
    }
    let day = ignoringValidity ? nil : query.validityDay(in: network)
    self.validityDay = day
    for arc in 0..<network.arcCount {
      let tail = network.arcTail[arc].index
      let head = network.arcHead[arc].index
      guard !forbidden[tail], !forbidden[head], var totals = model.weight(of: arc) else { continue }
      if let day, !network.isValid(arc, onDay: day) { continue }
      let service = network.arcService[arc]
      if service >= 0, !avoidedCarriers.isEmpty,
        avoidedCarriers.contains(network.data.services[Int(service)].carrier)
      {
        continue
      }
      if (!avoided.isEmpty && avoided.matches(arc: arc, in: network))
        || (!closed.isEmpty && closed.matches(arc: arc, in: network))
      {
        continue
      }
      for (set, minutes) in delays where set.matches(arc: arc, in: network, delayAtTailOnly: true) {
        delay[arc] += minutes.rawValue
      }
      totals.time += Minutes(delay[arc])
      // An intermediate territory crossed under a transit document clears in transit.
      let crossing = network.arcCrossing[arc]
      if crossing >= 0 {
        let record = network.crossings[Int(crossing)]
        let regime: DocumentRegime? =
          service >= 0
          ? network.serviceDocument[Int(service)]
          : (network.terminalMode[network.arcTail[arc].index] == .rail
            && network.terminalMode[network.arcHead[arc].index] == .rail
            ? .smgs : nil)
        if record.toTerritory != destinationTerritory, let regime, transitRegimes.contains(regime),
          let transitTime = record.transitClearance, let transitCost = record.transitCost
        {
          totals.time += transitTime - record.clearance
          totals.cost += transitCost - record.cost
          inTransit[arc] = true
        }
      }
      usable[arc] = true
      weight[arc] = totals
    }
    self.usable = usable
    self.weight = weight
    self.delay = delay
    self.inTransit = inTransit
    sources = network.cityTerminals[origin.index].filter {
      !forbidden[$0.index] && !closed.contains(terminal: $0, in: network)
    }
    targets = network.cityTerminals[destination.index].filter {
      !forbidden[$0.index] && !closed.contains(terminal: $0, in: network)
    }
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
