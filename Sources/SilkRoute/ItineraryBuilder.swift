/// Turns a path of arcs into an `Itinerary` with every leg, transfer and crossing priced.
struct ItineraryBuilder {
  let network: TransportNetwork
  let model: CargoCostModel

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

  func itinerary(arcs: [ArcID], origin: CityID, destination: CityID, query: RouteQuery)
    -> Itinerary
  {
    var steps: [ItineraryStep] = []
    var totals = RouteTotals.zero
    var distance = Kilometres.zero
    var modes: [Mode] = []
    var legCount = 0
    var transferCount = 0
    var crossingCount = 0
    for arcID in arcs {
      let arc = arcID.index
      // The search only returns usable arcs; a nil here would be a broken invariant.
      let weight = model.weight(of: arc) ?? .zero
      totals = totals + weight
      let tail = network.arcTail[arc]
      let head = network.arcHead[arc]
      var clearance = Minutes.zero
      var clearanceCost = Cents.zero
      let crossingIndex = network.arcCrossing[arc]
      if crossingIndex >= 0 {
        clearance = network.crossings[Int(crossingIndex)].clearance
        clearanceCost = network.crossings[Int(crossingIndex)].cost
      }
      if network.arcService[arc] >= 0 {
        let service = network.data.services[Int(network.arcService[arc])]
        let carrierName =
          network.carrierIndex[service.carrier].map { network.data.carriers[$0.index].name }
          ?? service.carrier
        steps.append(
          .leg(
            Leg(
              service: service.id, mode: service.mode, carrier: service.carrier,
              carrierName: carrierName, from: terminalRef(tail), to: terminalRef(head),
              distanceKm: service.distance, timeMinutes: weight.time - clearance,
              costCents: weight.cost - clearanceCost, co2Grams: weight.co2,
              passages: service.passages)))
        distance += service.distance
        legCount += 1
        if !modes.contains(service.mode) { modes.append(service.mode) }
      } else {
        let transfer = network.data.transfers[Int(network.arcTransfer[arc])]
        steps.append(
          .transfer(
            TransferStep(
              transfer: transfer.id, kind: transfer.kind, from: terminalRef(tail),
              to: terminalRef(head), timeMinutes: weight.time - clearance,
              costCents: weight.cost - clearanceCost)))
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
              name: crossing.name, kind: kind,
              fromTerritory: network.territory(crossing.fromTerritory).id,
              toTerritory: network.territory(crossing.toTerritory).id,
              at: cityRef(network.terminalCity[head.index]), timeMinutes: crossing.clearance,
              costCents: crossing.cost)))
        crossingCount += 1
      }
    }
    return Itinerary(
      origin: cityRef(origin), destination: cityRef(destination), cargo: query.cargo,
      objective: query.objective, steps: steps,
      totals: Itinerary.Totals(
        costCents: totals.cost, timeMinutes: totals.time, co2Grams: totals.co2,
        distanceKm: distance, legs: legCount, transfers: transferCount,
        borderCrossings: crossingCount, modes: modes))
  }
}
