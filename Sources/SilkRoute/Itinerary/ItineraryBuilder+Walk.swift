extension ItineraryBuilder {
  /// A path walked arc by arc: the steps so far, their totals and counts, the running document
  /// context and, for a time-dependent query, the clock.
  struct Walk {
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
    /// Minutes since the epoch, when the query departs at a time.
    var clock: Int64?

    /// Takes `arc`: the new document its leg starts (unless under a through B/L), then the leg or
    /// transfer, then the customs crossing it makes.
    mutating func take(_ arc: Int, throughBL: Bool, in builder: ItineraryBuilder) {
      let network = builder.network
      let graph = builder.graph
      let tail = network.arcTail[arc]
      let head = network.arcHead[arc]
      let serviceIndex = Int(network.arcService[arc])
      // A new document before the leg: its handling comes before waiting for the departure.
      if serviceIndex >= 0 && network.documentsModelled {
        startDocument(for: serviceIndex, at: tail, throughBL: throughBL, in: builder)
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
        let service = network.records.service(serviceIndex)
        steps.append(
          .leg(
            Leg(
              service: service.id, mode: service.mode, carrier: service.carrier,
              carrierName: network.carrier(service.carrier)?.name ?? service.carrier,
              from: builder.terminalRef(tail), to: builder.terminalRef(head), distanceKm: service.distance,
              timeMinutes: ownTime, costCents: ownWeight.cost - crossing.cost, co2Grams: ownWeight.co2,
              passages: service.passages, departsAt: departs.map(Instant.init),
              arrivesAt: departs.map { Instant(minutesSinceEpoch: $0 + ownTime.rawValue) }, waitMinutes: wait,
              document: service.document)))
        distance += service.distance
        legCount += 1
        legServices.append(serviceIndex)
        if !modes.contains(service.mode) { modes.append(service.mode) }
      } else {
        let transfer = network.records.transfer(Int(network.arcTransfer[arc]))
        steps.append(
          .transfer(
            TransferStep(
              transfer: transfer.id, kind: transfer.kind, from: builder.terminalRef(tail),
              to: builder.terminalRef(head), timeMinutes: ownTime, costCents: ownWeight.cost - crossing.cost,
              co2Grams: ownWeight.co2))
        )
        transferCount += 1
      }
      if crossingIndex >= 0 {
        addBorder(network.crossings[Int(crossingIndex)], clearance: crossing, at: head, in: builder)
      }
    }

    /// The document `service`'s leg runs under: a new one is counted (and, after a first leg,
    /// priced as a step at `tail`'s city) unless the route travels under a through B/L.
    mutating func startDocument(
      for service: Int, at tail: TerminalID, throughBL: Bool, in builder: ItineraryBuilder
    ) {
      let network = builder.network
      let step = DocumentContext.step(from: context, service: service, in: network)
      if step.startsDocument && !throughBL {
        documents += 1
        let regime = network.serviceDocument[service]
        if context != DocumentContext.none, let price = network.newDocument[regime] {
          steps.append(
            .document(
              DocumentStep(
                regime: regime, at: builder.cityRef(network.terminalCity[tail.index]),
                reason: step.breaksRailRegime ? "CIM ↔ SMGS re-consignment" : "new \(regime.displayName)",
                timeMinutes: price.time, costCents: price.cost)))
          totals.cost += price.cost
          totals.time += price.time
          clock = clock.map { $0 + price.time.rawValue }
        }
      }
      context = step.next
    }

    /// The customs clearance of `record`, at `head`'s city.
    mutating func addBorder(
      _ record: CustomsCrossing, clearance crossing: (time: Minutes, cost: Cents, inTransit: Bool),
      at head: TerminalID,
      in builder: ItineraryBuilder
    ) {
      let network = builder.network
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
            at: builder.cityRef(network.terminalCity[head.index]), timeMinutes: crossing.time,
            costCents: crossing.cost,
            inTransit: crossing.inTransit)))
      crossingCount += 1
    }

    /// The operator issues its B/L, and charges for it, at the place of receipt: the first step.
    mutating func chargeFee(of index: Int, in builder: ItineraryBuilder) {
      let record = builder.network.records.operators[index]
      steps.insert(
        .fee(
          FeeStep(
            operatorID: record.id, operatorName: record.name, at: builder.cityRef(builder.graph.origin),
            reason: "through multimodal B/L", timeMinutes: .zero, costCents: record.fee)),
        at: 0)
      totals.cost += record.fee
      documents = 1
    }
  }
}
