extension RoutePlanner {
  /// Why `graph` has no route, in a planner's words: which constraint cuts the network, or how far
  /// the best route that meets the other constraints misses a bound.
  func noRoute(_ graph: QueryGraph) -> RoutingError {
    let query = graph.query
    let from = network.city(graph.origin).name
    let to = network.city(graph.destination).name
    func failure(_ reason: NoRouteReason) -> RoutingError { .noRoute(from: from, to: to, reason: reason) }
    if graph.sources.isEmpty { return failure(.closed(city: from)) }
    if graph.targets.isEmpty { return failure(.closed(city: to)) }

    if !graph.reachesDestination, let day = graph.validityDay,
      let undated = try? QueryGraph(
        query: query, network: network, resolver: resolver, ignoringValidity: true),
      undated.reachesDestination
    {
      return failure(notValid(on: day, undated))
    }
    if !graph.reachesDestination { return failure(cut(query)) }
    return failure(boundsMissed(graph))
  }

  /// The network of other dates connects the cities (`undated`): what the best such route needs
  /// that is not valid on `day`.
  private func notValid(on day: Int32, _ undated: QueryGraph) -> NoRouteReason {
    var search = ShortestPathSearch(network: network)
    let arcs = ((try? bestPath(undated, using: &search)) ?? nil)?.arcs ?? []
    var gone: [String] = []
    for arc in arcs where !network.isValid(arc.index, onDay: day) {
      let text = Self.describeValidity(of: arc.index, in: network)
      if !gone.contains(text) { gone.append(text) }
    }
    let date = String(Instant(minutesSinceEpoch: Int64(day) * 1440).iso8601.prefix(10))
    return .notValidOn(date: date, gone: gone)
  }

  /// Which group of constraints cuts the network for `query`: lift each and see.
  private func cut(_ query: RouteQuery) -> NoRouteReason {
    var relaxations: [(Restriction, RouteQuery)] = []
    let c = query.constraints
    func lift(_ restriction: Restriction, _ change: (inout RouteQuery) -> Void) {
      var copy = query
      change(&copy)
      relaxations.append((restriction, copy))
    }
    if !c.avoidCountries.isEmpty {
      lift(Restriction(.avoidCountries, c.avoidCountries)) { $0.constraints.avoidCountries = [] }
    }
    let avoidedModes = Set(Mode.allCases).subtracting(query.allowedModes).union(c.avoidModes)
    if !avoidedModes.isEmpty {
      lift(Restriction(.avoidModes, avoidedModes.sorted().map(\.rawValue))) {
        $0.constraints.avoidModes = []
        $0.allowedModes = Set(Mode.allCases)
      }
    }
    if !c.avoidCarriers.isEmpty {
      lift(Restriction(.avoidCarriers, c.avoidCarriers)) { $0.constraints.avoidCarriers = [] }
    }
    if !c.avoidCrossings.isEmpty {
      lift(Restriction(.avoidCrossings, c.avoidCrossings)) { $0.constraints.avoidCrossings = [] }
    }
    if !query.disruptions.closures.isEmpty {
      lift(Restriction(.closures, query.disruptions.closures)) { $0.disruptions.closures = [] }
    }
    if !c.via.isEmpty { lift(Restriction(.via, c.via)) { $0.constraints.via = [] } }
    if query.cargo.cargoClass != .general {
      lift(Restriction(.cargoClass, [query.cargo.cargoClass.rawValue])) { $0.cargo.cargoClass = .general }
    }
    let culprits = relaxations.filter { _, relaxed in
      (try? prepare(relaxed)).map(\.reachesDestination) ?? false
    }.map(\.0)
    if !culprits.isEmpty { return .cutBy(culprits) }
    if !relaxations.isEmpty { return .cutTogether(relaxations.map(\.0)) }
    return .notConnected(looseCargo: query.cargo.unit == .kilograms)
  }

  /// The cities are connected, so a bound is too tight: what the best route meeting the others
  /// achieves against each bound it misses, or the bounds given when each alone can be met.
  private func boundsMissed(_ graph: QueryGraph) -> NoRouteReason {
    let query = graph.query
    // Connected: a bound is too tight. Say what the best route meeting the others achieves.
    let c = query.constraints
    var misses: [BoundMiss] = []
    func best(_ change: (inout RouteConstraints) -> Void, _ objective: Objective) -> Itinerary? {
      var relaxed = query
      change(&relaxed.constraints)
      relaxed.objective = objective
      return try? route(relaxed)
    }
    if let budget = c.budget, let cheapest = best({ $0.budget = nil }, .cheapest),
      cheapest.totals.costCents > budget
    {
      misses.append(.budget(cheapest: cheapest.totals.costCents, limit: budget))
    }
    if let limit = c.maxDuration, let fastest = best({ $0.maxDuration = nil }, .fastest),
      fastest.totals.timeMinutes > limit
    {
      misses.append(.maxDuration(fastest: fastest.totals.timeMinutes, limit: limit))
    }
    if let limit = c.maxLegs, let fewest = minimum(graph, \.legs, lifting: { $0.maxLegs = nil }),
      fewest > limit
    {
      misses.append(.maxLegs(fewest: fewest, limit: limit))
    }
    if let limit = c.maxTransfers,
      let fewest = minimum(graph, \.transfers, lifting: { $0.maxTransfers = nil }), fewest > limit
    {
      misses.append(.maxTransfers(fewest: fewest, limit: limit))
    }
    if !misses.isEmpty { return .boundsMissed(misses) }
    // Name only the bounds that were given.
    var given: [QueryParameter] = []
    if c.budget != nil { given.append(.budget) }
    if c.maxDuration != nil { given.append(.maxDuration) }
    if c.maxLegs != nil { given.append(.maxLegs) }
    if c.maxTransfers != nil { given.append(.maxTransfers) }
    if c.singleDocument { given.append(.singleDocument) }
    if !c.via.isEmpty { given.append(.via) }
    return .boundsTogether(given)
  }

  /// `rail-moscow-helsinki (suspended since 2022-03-28)`: what makes the arc invalid on some day.
  static func describeValidity(of arc: Int, in network: TransportNetwork) -> String {
    let data = network.records
    var parts: [(String, Validity)] = []
    if network.arcService[arc] >= 0 {
      let service = data.services[Int(network.arcService[arc])]
      parts.append((service.id, service.validity))
    } else if network.arcTransfer[arc] >= 0 {
      let transfer = data.transfers[Int(network.arcTransfer[arc])]
      parts.append((transfer.id, transfer.validity))
    }
    if network.arcCrossing[arc] >= 0,
      case .land(let border) = network.crossings[Int(network.arcCrossing[arc])].kind
    {
      let crossing = data.borderCrossings[border.index]
      parts.append((crossing.id, crossing.validity))
    }
    return parts.filter { $0.1.isBounded }.map { id, validity in
      var dates: [String] = []
      if !validity.validFrom.isEmpty { dates.append("from \(validity.validFrom)") }
      if !validity.validUntil.isEmpty { dates.append("until \(validity.validUntil)") }
      if !validity.suspendedSince.isEmpty { dates.append("suspended since \(validity.suspendedSince)") }
      return "\(id) (\(dates.joined(separator: ", ")))"
    }.joined(separator: ", ")
  }

  /// The least number of legs or transfers of any route meeting the other constraints.
  private func minimum(
    _ graph: QueryGraph, _ counter: KeyPath<CriteriaVector, Int64>, lifting: (inout RouteConstraints) -> Void
  ) -> Int? {
    var query = graph.query
    lifting(&query.constraints)
    guard let relaxed = try? prepare(query) else { return nil }
    var search = configurator.search(relaxed, criteria: [])
    let dimension: CriteriaVector.Dimension = counter == \CriteriaVector.legs ? .legs : .transfers
    var configuration = search.configuration
    configuration.dominance = configuration.dominance.filter { $0 != dimension } + [dimension]
    search = LabelSearch(graph: relaxed, configuration: configuration)
    guard let found = try? search.run() else { return nil }
    return found.map { Int($0.vector[keyPath: counter]) }.min()
  }
}
