/// The names a query's constraints and disruptions use, resolved against the network: the
/// countries and carriers to avoid, the crossings avoided, the places closed and those delayed.
/// What `ArcWeights` tests each arc against.
struct QueryRestrictions {
  var avoidedCountries = Set<String>()
  var avoidedCarriers = Set<String>()
  var avoided = ElementSet()
  var closed = ElementSet()
  var delays: [(ElementSet, Minutes)] = []

  /// No restriction.
  init() {}

  /// Resolves the names of `query` (the origin, destination and via cities `endpoints` already
  /// resolved), in the order a user reads them: countries, then carriers, crossings, closures and
  /// delays.
  ///
  /// - Throws: `RoutingError.unknownName` for a name the network does not know,
  ///   `.invalidQuery` when an endpoint lies in an avoided country or a delay is negative.
  init(query: RouteQuery, network: TransportNetwork, resolver: CityResolver, endpoints: [CityID])
    throws(RoutingError)
  {
    // Building the name index costs more than the search: only when the query names something.
    let namesSomething =
      !query.constraints.avoidCountries.isEmpty || !query.constraints.avoidCarriers.isEmpty
      || !query.constraints.avoidCrossings.isEmpty || !query.disruptions.isEmpty
    let selector = namesSomething ? resolver.selector(for: network) : nil
    func resolve(_ name: String, as kind: NetworkSelector.Kind) throws(RoutingError) -> [NetworkSelector
      .Element]
    {
      guard let selector else { return [] }
      return try selector.resolve(name, as: kind)
    }
    let constraints = query.constraints

    for name in constraints.avoidCountries {
      for case .country(let code) in try resolve(name, as: .country) {
        avoidedCountries.insert(code)
      }
    }
    for city in endpoints where avoidedCountries.contains(network.city(city).country) {
      throw .invalidQuery(
        .avoidCountries,
        "\(network.city(city).name) is in \(network.city(city).country), which the route must avoid")
    }
    for name in constraints.avoidCarriers {
      for case .carrier(let id) in try resolve(name, as: .carrier) { avoidedCarriers.insert(id) }
    }
    for name in constraints.avoidCrossings { avoided.insert(try resolve(name, as: .crossing)) }
    for name in query.disruptions.closures { closed.insert(try resolve(name, as: .place)) }
    for item in query.disruptions.delays {
      guard item.delay >= .zero else { throw .invalidQuery(.delays, "must not be negative: \(item.target)") }
      var set = ElementSet()
      set.insert(try resolve(item.target, as: .place))
      delays.append((set, item.delay))
    }
  }

  /// Whether the query restricts nothing: then its arcs depend only on its `ArcWeightsKey`.
  var isEmpty: Bool {
    avoidedCountries.isEmpty && avoidedCarriers.isEmpty && avoided.isEmpty && closed.isEmpty && delays.isEmpty
  }

  /// Per terminal: true if it belongs to a country the route must avoid.
  func forbiddenTerminals(in network: TransportNetwork) -> [Bool] {
    var forbidden = [Bool](repeating: false, count: network.terminalCount)
    if !avoidedCountries.isEmpty {
      for terminal in 0..<network.terminalCount {
        forbidden[terminal] = avoidedCountries.contains(network.city(network.terminalCity[terminal]).country)
      }
    }
    return forbidden
  }
}
