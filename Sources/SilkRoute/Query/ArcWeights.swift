/// A query's per-arc arrays: which arcs the cargo may use, and each one's static cost, time and
/// CO2 with its delays and transit clearance included. Built in one pass over the arcs, O(m), or
/// mapped from a compiled snapshot (`CompiledProfile`): flat arrays either way.
struct ArcWeights {
  var usable: FlatArray<Bool>
  var weight: FlatArray<RouteTotals>
  /// Extra minutes added to the arc by a delay disruption (included in `weight`).
  var delay: FlatArray<Int64>
  /// The arc's customs crossing is cleared in transit (included in `weight`).
  var inTransit: FlatArray<Bool>
  /// The arcs cleared in transit, with the territory each enters and its weight when cleared in
  /// full there instead: what differs for a destination in that territory (`entering(_:)`).
  var transitArcs: [TransitArc] = []

  struct TransitArc: Sendable {
    var arc: Int
    var territory: TerritoryID
    var fullClearance: RouteTotals
  }

  init(
    usable: FlatArray<Bool>, weight: FlatArray<RouteTotals>, delay: FlatArray<Int64>,
    inTransit: FlatArray<Bool>,
    transitArcs: [TransitArc]
  ) {
    self.usable = usable
    self.weight = weight
    self.delay = delay
    self.inTransit = inTransit
    self.transitArcs = transitArcs
  }

  /// - Parameters:
  ///   - forbidden: per terminal, whether the route must avoid it (`QueryRestrictions`).
  ///   - destination: the destination city, whose territory's entry is cleared in full; nil:
  ///     every crossing with a transit regime is cleared in transit (then `entering(_:)` gives a
  ///     destination's weights).
  ///   - day: the day whose network to route on (days since 1970-01-01), or nil for every arc.
  init(
    query: RouteQuery, network: TransportNetwork, restrictions: QueryRestrictions, forbidden: [Bool],
    destination: CityID?, day: Int32?
  ) {
    let model = CargoCostModel(
      network: network, cargo: query.cargo,
      allowedModes: query.allowedModes.subtracting(query.constraints.avoidModes))
    var usable = [Bool](repeating: false, count: network.arcCount)
    var weight = [RouteTotals](repeating: .zero, count: network.arcCount)
    var delay = [Int64](repeating: 0, count: network.arcCount)
    var inTransit = [Bool](repeating: false, count: network.arcCount)
    var transitArcs: [TransitArc] = []
    let destinationTerritory = destination.map { network.cityTerritory[$0.index] }
    var transitRegimes = Set<DocumentRegime>()
    for record in network.records.documentRegimes where record.isTransitDocument {
      transitRegimes.insert(record.regime)
    }
    let avoidedCarriers = restrictions.avoidedCarriers
    let avoided = restrictions.avoided
    let closed = restrictions.closed
    // Decoded once, and only when a carrier is avoided.
    let services = avoidedCarriers.isEmpty ? [] : network.records.services
    for arc in 0..<network.arcCount {
      let tail = network.arcTail[arc].index
      let head = network.arcHead[arc].index
      guard !forbidden[tail], !forbidden[head], var totals = model.weight(of: arc) else { continue }
      if let day, !network.isValid(arc, onDay: day) { continue }
      let service = network.arcService[arc]
      if service >= 0, !avoidedCarriers.isEmpty,
        avoidedCarriers.contains(services[Int(service)].carrier)
      {
        continue
      }
      if (!avoided.isEmpty && avoided.matches(arc: arc, in: network))
        || (!closed.isEmpty && closed.matches(arc: arc, in: network))
      {
        continue
      }
      for (set, minutes) in restrictions.delays
      where set.matches(arc: arc, in: network, delayAtTailOnly: true) {
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
          transitArcs.append(TransitArc(arc: arc, territory: record.toTerritory, fullClearance: totals))
          totals.time += transitTime - record.clearance
          totals.cost += transitCost - record.cost
          inTransit[arc] = true
        }
      }
      usable[arc] = true
      weight[arc] = totals
    }
    self.init(
      usable: FlatArray(usable), weight: FlatArray(weight), delay: FlatArray(delay),
      inTransit: FlatArray(inTransit), transitArcs: transitArcs)
  }

  /// These weights for a destination in `territory`, from weights made without a destination:
  /// the transit arcs entering `territory` cleared in full. O(m) (a copy) when there are any.
  func entering(_ territory: TerritoryID) -> ArcWeights {
    let entering = self.transitArcs.filter { $0.territory == territory }
    return ArcWeights(
      usable: usable, weight: weight.updating(entering.map { ($0.arc, $0.fullClearance) }), delay: delay,
      inTransit: inTransit.updating(entering.map { ($0.arc, false) }),
      transitArcs: self.transitArcs.filter { $0.territory != territory })
  }

  /// Whether every weight here is at most the same arc's weight in `other` (same usable arcs):
  /// then distances here are lower bounds there, admissible and consistent.
  func isLowerBound(of other: ArcWeights) -> Bool {
    transitArcs.allSatisfy { entry in
      let own = weight[entry.arc]
      let theirs = other.weight[entry.arc]
      return own.cost <= theirs.cost && own.time <= theirs.time && own.co2 <= theirs.co2
    }
  }
}
