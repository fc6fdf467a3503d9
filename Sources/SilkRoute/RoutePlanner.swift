/// The library's entry point: answers route queries on one immutable network.
public struct RoutePlanner: Sendable {
  public let network: TransportNetwork
  public let cityMatcher: CityNameMatcher

  public init(network: TransportNetwork) {
    self.network = network
    self.cityMatcher = CityNameMatcher(cities: network.data.cities)
  }

  /// The city `name` refers to.
  ///
  /// - Throws: `RoutingError.unknownCity` with the closest names, or `.ambiguousCity`.
  public func city(named name: String) throws(RoutingError) -> CityID {
    let matches = cityMatcher.matches(name)
    switch matches.count {
    case 1: return matches[0]
    case 0:
      throw .unknownCity(
        name, suggestions: cityMatcher.suggestions(for: name, cities: network.data.cities))
    default:
      throw .ambiguousCity(name, candidates: matches.map { network.city($0).name })
    }
  }

  /// The best itinerary for `query`.
  ///
  /// - Throws: `RoutingError` for unknown cities or when no route exists.
  public func route(_ query: RouteQuery) throws(RoutingError) -> Itinerary {
    var search = ShortestPathSearch(network: network)
    return try route(query, using: &search)
  }

  /// The best itinerary for `query`, reusing `search`'s arrays.
  public func route(_ query: RouteQuery, using search: inout ShortestPathSearch)
    throws(RoutingError) -> Itinerary
  {
    let origin = try city(named: query.from)
    let destination = try city(named: query.to)
    guard origin != destination else {
      throw .sameOriginAndDestination(network.city(origin).name)
    }
    let model = CargoCostModel(
      network: network, cargo: query.cargo, allowedModes: query.allowedModes)
    guard
      let result = search.shortestPath(
        from: network.cityTerminals[origin.index], to: network.cityTerminals[destination.index],
        objective: query.objective, weight: model.weight(of:))
    else {
      throw .noRoute(
        from: network.city(origin).name, to: network.city(destination).name,
        reason: noRouteReason(query, model: model))
    }
    return ItineraryBuilder(network: network, model: model).itinerary(
      arcs: result.arcs, origin: origin, destination: destination, query: query)
  }

  private func noRouteReason(_ query: RouteQuery, model: CargoCostModel) -> String {
    var reasons: [String] = []
    if query.allowedModes.count < Mode.allCases.count {
      let modes = query.allowedModes.sorted().map(\.rawValue).joined(separator: ", ")
      reasons.append("only \(modes.isEmpty ? "no modes" : modes) allowed")
    }
    if query.cargo.cargoClass != .general {
      reasons.append("\(query.cargo.cargoClass.rawValue) cargo is not accepted on every service")
    }
    if query.cargo.unit == .kilograms {
      reasons.append("some services carry full containers only")
    }
    return reasons.isEmpty
      ? "the network does not connect them"
      : "no connection with " + reasons.joined(separator: "; ")
  }
}
