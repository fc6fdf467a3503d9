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
    let query = graph.query
    var steps: [ItineraryStep] = []
    var totals = RouteTotals.zero
    var distance = Kilometres.zero
    var modes: [Mode] = []
    var legServices: [Int] = []
    var legCount = 0
    var transferCount = 0
    var crossingCount = 0
    var documents = 0
    var context = DocumentContext.none
    var clock = query.departure?.minutesSinceEpoch
    let throughBL = path.operatorIndex != nil
    for arc in path.arcs.map(\.index) {
      let tail = network.arcTail[arc]
      let head = network.arcHead[arc]
      let serviceIndex = Int(network.arcService[arc])
      // A new document before the leg: its handling comes before waiting for the departure.
      if serviceIndex >= 0 && network.documentsModelled {
        let step = DocumentContext.step(from: context, service: serviceIndex, in: network)
        if step.startsDocument && !throughBL {
          documents += 1
          let regime = network.data.services[serviceIndex].document
          if context != DocumentContext.none, let price = network.newDocument[regime] {
            steps.append(
              .document(
                DocumentStep(
                  regime: regime, at: cityRef(network.terminalCity[tail.index]),
                  reason: step.breaksRailRegime ? "CIM ↔ SMGS re-consignment" : "new \(regime.displayName)",
                  timeMinutes: price.time, costCents: price.cost)))
            totals.cost += price.cost
            totals.time += price.time
            clock = clock.map { $0 + price.time.rawValue }
          }
        }
        context = step.next
      }
      let step = graph.traverse(arc, readyAt: clock)
      let ownWeight = graph.weight[arc]
      let wait = step.time - ownWeight.time
      let departs = clock.map { $0 + wait.rawValue }
      totals = totals + step
      clock = clock.map { $0 + step.time.rawValue }
      let crossingIndex = network.arcCrossing[arc]
      let crossing = graph.clearance(of: arc)
      let ownTime = ownWeight.time - crossing.time
      if serviceIndex >= 0 {
        let service = network.data.services[serviceIndex]
        steps.append(
          .leg(
            Leg(
              service: service.id, mode: service.mode, carrier: service.carrier,
              carrierName: network.carrier(service.carrier)?.name ?? service.carrier, from: terminalRef(tail),
              to: terminalRef(head), distanceKm: service.distance, timeMinutes: ownTime,
              costCents: ownWeight.cost - crossing.cost, co2Grams: ownWeight.co2, passages: service.passages,
              departsAt: departs.map(Instant.init),
              arrivesAt: departs.map { Instant(minutesSinceEpoch: $0 + ownTime.rawValue) }, waitMinutes: wait,
              document: service.document)))
        distance += service.distance
        legCount += 1
        legServices.append(serviceIndex)
        if !modes.contains(service.mode) { modes.append(service.mode) }
      } else {
        let transfer = network.data.transfers[Int(network.arcTransfer[arc])]
        steps.append(
          .transfer(
            TransferStep(
              transfer: transfer.id, kind: transfer.kind, from: terminalRef(tail), to: terminalRef(head),
              timeMinutes: ownTime, costCents: ownWeight.cost - crossing.cost)))
        transferCount += 1
      }
      if crossingIndex >= 0 {
        let record = network.crossings[Int(crossingIndex)]
        let kind: BorderStep.Kind
        switch record.kind {
        case .land: kind = .land
        case .entry: kind = .entry
        }
        steps.append(
          .border(
            BorderStep(
              name: record.name, kind: kind, fromTerritory: network.territory(record.fromTerritory).id,
              toTerritory: network.territory(record.toTerritory).id,
              at: cityRef(network.terminalCity[head.index]), timeMinutes: crossing.time,
              costCents: crossing.cost,
              inTransit: crossing.inTransit)))
        crossingCount += 1
      }
    }
    if let index = path.operatorIndex {
      // The operator issues its B/L, and charges for it, at the place of receipt: the first step.
      let record = network.data.operators[index]
      steps.insert(
        .fee(
          FeeStep(
            operatorID: record.id, operatorName: record.name, at: cityRef(graph.origin),
            reason: "through multimodal B/L", timeMinutes: .zero, costCents: record.fee)),
        at: 0)
      totals.cost += record.fee
      documents = 1
    }
    var itinerary = Itinerary(
      origin: cityRef(graph.origin), destination: cityRef(graph.destination), cargo: query.cargo,
      objective: query.objective, steps: steps,
      totals: Itinerary.Totals(
        costCents: totals.cost, timeMinutes: totals.time, co2Grams: totals.co2, distanceKm: distance,
        legs: legCount, transfers: transferCount, borderCrossings: crossingCount, documents: documents,
        modes: modes),
      departure: query.departure,
      arrival: query.departure.map { $0 + totals.time })
    if network.documentsModelled {
      itinerary.documentPlan = DocumentPlanner(network: network).plan(
        for: itinerary, operatorIndex: path.operatorIndex, services: legServices)
    }
    return itinerary
  }
}
