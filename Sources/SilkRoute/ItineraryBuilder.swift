/// Turns a path of arcs into an `Itinerary` with every leg, transfer and crossing priced and,
/// for a time-dependent query, timed.
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

  func itinerary(arcs: [Int]) -> Itinerary {
    let query = graph.query
    var steps: [ItineraryStep] = []
    var totals = RouteTotals.zero
    var distance = Kilometres.zero
    var modes: [Mode] = []
    var legCount = 0
    var transferCount = 0
    var crossingCount = 0
    var clock = query.departure?.minutesSinceEpoch
    for arc in arcs {
      let step = graph.traverse(arc, readyAt: clock)
      let static_ = graph.weight[arc]
      let wait = step.time - static_.time
      let departs = clock.map { $0 + wait.rawValue }
      totals = totals + step
      clock = clock.map { $0 + step.time.rawValue }
      let tail = network.arcTail[arc]
      let head = network.arcHead[arc]
      var clearance = Minutes.zero
      var clearanceCost = Cents.zero
      let crossingIndex = network.arcCrossing[arc]
      if crossingIndex >= 0 {
        clearance = network.crossings[Int(crossingIndex)].clearance
        clearanceCost = network.crossings[Int(crossingIndex)].cost
      }
      let ownTime = static_.time - clearance
      if network.arcService[arc] >= 0 {
        let service = network.data.services[Int(network.arcService[arc])]
        steps.append(
          .leg(
            Leg(
              service: service.id, mode: service.mode, carrier: service.carrier,
              carrierName: network.carrier(service.carrier)?.name ?? service.carrier, from: terminalRef(tail),
              to: terminalRef(head), distanceKm: service.distance, timeMinutes: ownTime,
              costCents: static_.cost - clearanceCost, co2Grams: static_.co2, passages: service.passages,
              departsAt: departs.map(Instant.init),
              arrivesAt: departs.map { Instant(minutesSinceEpoch: $0 + ownTime.rawValue) },
              waitMinutes: wait)))
        distance += service.distance
        legCount += 1
        if !modes.contains(service.mode) { modes.append(service.mode) }
      } else {
        let transfer = network.data.transfers[Int(network.arcTransfer[arc])]
        steps.append(
          .transfer(
            TransferStep(
              transfer: transfer.id, kind: transfer.kind, from: terminalRef(tail), to: terminalRef(head),
              timeMinutes: ownTime, costCents: static_.cost - clearanceCost)))
        transferCount += 1
      }
      if crossingIndex >= 0 {
        let crossing = network.crossings[Int(crossingIndex)]
        let kind: BorderStep.Kind
        switch crossing.kind {
        case .land: kind = .land
        case .entry: kind = .entry
        }
        steps.append(
          .border(
            BorderStep(
              name: crossing.name, kind: kind, fromTerritory: network.territory(crossing.fromTerritory).id,
              toTerritory: network.territory(crossing.toTerritory).id,
              at: cityRef(network.terminalCity[head.index]), timeMinutes: crossing.clearance,
              costCents: crossing.cost)))
        crossingCount += 1
      }
    }
    return Itinerary(
      origin: cityRef(graph.origin), destination: cityRef(graph.destination), cargo: query.cargo,
      objective: query.objective, steps: steps,
      totals: Itinerary.Totals(
        costCents: totals.cost, timeMinutes: totals.time, co2Grams: totals.co2, distanceKm: distance,
        legs: legCount, transfers: transferCount, borderCrossings: crossingCount, modes: modes),
      departure: query.departure,
      arrival: query.departure.map { $0 + totals.time })
  }
}
