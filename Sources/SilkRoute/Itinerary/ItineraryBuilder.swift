/// Turns a planned path into an `Itinerary` with every leg, transfer, crossing and new document
/// priced and, for a time-dependent query, timed — by the same rules the searches apply.
struct ItineraryBuilder {
  let graph: QueryGraph
  var network: TransportNetwork { graph.network }

  func cityRef(_ id: CityID) -> CityRef {
    let city = network.city(id)
    return CityRef(id: city.id, name: city.name, country: city.country)
  }

  func terminalRef(_ id: TerminalID) -> TerminalRef {
    let terminal = network.terminal(id)
    return TerminalRef(
      id: terminal.id, name: terminal.name, mode: terminal.mode, gaugeMm: terminal.gauge?.millimetres,
      city: cityRef(network.terminalCity[id.index]))
  }

  /// A path booked leg by leg.
  func itinerary(arcs: [ArcID]) -> Itinerary { itinerary(PlannedPath(arcs: arcs, operatorIndex: nil)) }

  func itinerary(_ path: PlannedPath) -> Itinerary {
    var walk = Walk(clock: graph.query.departure?.minutesSinceEpoch)
    for arc in path.arcs {
      walk.take(arc.index, throughBL: path.operatorIndex != nil, in: self)
    }
    if let index = path.operatorIndex { walk.chargeFee(of: index, in: self) }
    return assemble(walk, operatorIndex: path.operatorIndex)
  }

  /// The itinerary of a finished walk, with its document plan.
  func assemble(_ walk: Walk, operatorIndex: Int?) -> Itinerary {
    let query = graph.query
    var itinerary = Itinerary(
      origin: cityRef(graph.origin), destination: cityRef(graph.destination), cargo: query.cargo,
      objective: query.objective, steps: walk.steps,
      totals: Itinerary.Totals(
        costCents: walk.totals.cost, timeMinutes: walk.totals.time, co2Grams: walk.totals.co2,
        distanceKm: walk.distance, legs: walk.legCount, transfers: walk.transferCount,
        borderCrossings: walk.crossingCount, documents: walk.documents, modes: walk.modes),
      departure: query.departure,
      arrival: query.departure.map { $0 + walk.totals.time })
    if network.documentsModelled {
      itinerary.documentPlan = DocumentPlanner(network: network).plan(
        for: itinerary, operatorIndex: operatorIndex, services: walk.legServices)
    }
    return itinerary
  }
}
