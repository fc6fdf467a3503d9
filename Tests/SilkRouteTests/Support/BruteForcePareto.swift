import SilkRoute

/// Enumerates every route (simple in terminal × via-layer) and checks every constraint
/// independently of the search: the reference for Pareto fronts and constrained optima.
struct BruteForcePareto {
  let network: TransportNetwork
  let query: RouteQuery
  let model: CargoCostModel
  let origin: Int
  let destination: Int
  let via: [Int]
  let avoidedCountries: Set<String>
  let avoidedModes: Set<Mode>
  let avoidedPassages: Set<String>
  let closedCities: Set<Int>
  /// Only what is valid on this day (days since 1970-01-01) may be used, read from the records.
  var validityDay: Int32?

  init(network: TransportNetwork, query: RouteQuery, origin: Int, destination: Int, via: [Int]) {
    self.network = network
    self.query = query
    self.origin = origin
    self.destination = destination
    self.via = via
    model = CargoCostModel(network: network, cargo: query.cargo, allowedModes: query.allowedModes)
    avoidedCountries = Set(query.constraints.avoidCountries)
    avoidedModes = query.constraints.avoidModes
    avoidedPassages = Set(query.constraints.avoidCrossings)
    closedCities = Set(
      query.disruptions.closures.compactMap { name in network.data.cities.firstIndex { $0.id == name } })
  }

  /// Whether the records behind `arc` — its service or transfer, and its land border crossing —
  /// are valid on `day`.
  static func recordsValid(_ arc: Int, on day: Int32, in network: TransportNetwork) -> Bool {
    var validities: [Validity] = []
    if network.arcService[arc] >= 0 {
      validities.append(network.data.services[Int(network.arcService[arc])].validity)
    }
    if network.arcTransfer[arc] >= 0 {
      validities.append(network.data.transfers[Int(network.arcTransfer[arc])].validity)
    }
    if network.arcCrossing[arc] >= 0,
      case .land(let border) = network.crossings[Int(network.arcCrossing[arc])].kind
    {
      validities.append(network.data.borderCrossings[border.index].validity)
    }
    return validities.allSatisfy { $0.days?.contains(day) ?? false }
  }

  func allowed(_ arc: Int) -> RouteTotals? {
    if let validityDay, !Self.recordsValid(arc, on: validityDay, in: network) { return nil }
    let service0 = Int(network.arcService[arc])
    if service0 >= 0, query.constraints.avoidCarriers.contains(network.data.services[service0].carrier) {
      return nil
    }
    for terminal in [network.arcTail[arc], network.arcHead[arc]] {
      let city = network.terminalCity[terminal.index]
      if avoidedCountries.contains(network.city(city).country) || closedCities.contains(city.index) {
        return nil
      }
    }
    let service = Int(network.arcService[arc])
    if service >= 0 {
      let record = network.data.services[service]
      if avoidedModes.contains(record.mode) || record.passages.contains(where: avoidedPassages.contains) {
        return nil
      }
    }
    guard var weight = model.weight(of: arc) else { return nil }
    for delay in query.disruptions.delays {
      if let city = network.data.cities.firstIndex(where: { $0.id == delay.target }),
        network.terminalCity[network.arcTail[arc].index].index == city
      {
        weight.time += delay.delay
      }
    }
    return weight
  }

  /// Every feasible route's criteria vector (cost, time, co2, legs, transfers, documents): each
  /// simple path booked leg by leg, and under every operator that may issue its through B/L.
  func allVectors() -> [CriteriaVector] {
    var result: [CriteriaVector] = []
    for path in allPaths() {
      if let vector = evaluate(path, operator: nil) { result.append(vector) }
      for index in network.data.operators.indices {
        if let vector = evaluate(path, operator: index) { result.append(vector) }
      }
    }
    return result.filter(withinBounds)
  }

  func withinBounds(_ v: CriteriaVector) -> Bool {
    let c = query.constraints
    if let budget = c.budget, v.cost > budget.rawValue { return false }
    if let limit = c.maxDuration, v.time > limit.rawValue { return false }
    if let limit = c.maxLegs, v.legs > Int64(limit) { return false }
    if let limit = c.maxTransfers, v.transfers > Int64(limit) { return false }
    if c.singleDocument && v.documents > 1 { return false }
    return true
  }

  /// Every path simple in (terminal, via layer) from the origin to the destination after all vias;
  /// the first `limit` + 1 found when there are more.
  func allPaths(limit: Int = .max) -> [[Int]] {
    var paths: [[Int]] = []
    let layers = via.count + 1
    var onPath = Set<Int>()
    var current: [Int] = []
    func advance(_ layer: Int, _ terminal: TerminalID) -> Int {
      var layer = layer
      while layer < via.count && network.terminalCity[terminal.index].index == via[layer] { layer += 1 }
      return layer
    }
    func explore(_ terminal: TerminalID, _ layer: Int) {
      if layer == layers - 1 && network.terminalCity[terminal.index].index == destination {
        paths.append(current)
      }
      let state = terminal.index * layers + layer
      onPath.insert(state)
      defer { onPath.remove(state) }
      for arc in network.arcs(from: terminal) where allowed(arc) != nil && paths.count <= limit {
        let head = network.arcHead[arc]
        let next = advance(layer, head)
        guard !onPath.contains(head.index * layers + next) else { continue }
        current.append(arc)
        explore(head, next)
        current.removeLast()
      }
    }
    guard !closedCities.contains(origin) else { return [] }
    for terminal in network.cityTerminals[origin] { explore(terminal, advance(0, terminal)) }
    return paths
  }

  /// The path's criteria booked leg by leg (`operator` nil) or under that operator's B/L, or nil
  /// when that operator cannot issue it; leaving at `departure` (minutes since the epoch) when
  /// given, else at the query's.
  func evaluate(_ path: [Int], operator index: Int?, departure: Int64? = nil) -> CriteriaVector? {
    let modelled = !network.data.documentRegimes.isEmpty
    if index != nil && !modelled { return nil }
    var v = CriteriaVector()
    if let index {
      let record = network.data.operators[index]
      let originCountry = network.city(CityID(origin)).country
      let destinationCountry = network.city(CityID(destination)).country
      guard record.places.contains(originCountry), record.places.contains(destinationCountry) else {
        return nil
      }
      let covered = Set(
        network.data.operatorCoverage.filter { $0.operatorID == record.id }.flatMap { coverage in
          coverage.service.isEmpty
            ? network.data.services.filter { $0.carrier == coverage.carrier }.map(\.id) : [coverage.service]
        })
      for arc in path where network.arcService[arc] >= 0 {
        guard covered.contains(network.data.services[Int(network.arcService[arc])].id) else { return nil }
      }
      v.cost = record.fee.rawValue
      v.documents = 1
    }
    let destinationTerritory = network.data.countries.first {
      $0.code == network.city(CityID(destination)).country
    }?.customsTerritory
    var previousRail: RailSides?
    var previousKey: String?
    let departure = departure ?? query.departure?.minutesSinceEpoch
    for arc in path {
      guard var w = allowed(arc) else { return nil }
      let serviceIndex = Int(network.arcService[arc])
      var handling: Int64 = 0
      if serviceIndex >= 0 {
        v.legs += 1
        let service = network.data.services[serviceIndex]
        if modelled {
          // Document continuity, written out independently of DocumentContext.
          var starts: Bool
          var railBreak = false
          if let sides = service.document.railSides {
            if let running = previousRail {
              starts = running.intersection(sides).isEmpty
              railBreak = starts
              if starts { previousRail = sides }
            } else {
              starts = true
              previousRail = sides
            }
            previousKey = nil
          } else {
            let key = "\(service.mode.rawValue)/\(service.carrier)"
            starts = key != previousKey
            previousKey = key
            previousRail = nil
          }
          if let index {
            if railBreak && !network.data.operators[index].absorbsRegimeBreaks { return nil }
          } else if starts {
            v.documents += 1
            if v.documents > 1,
              let record = network.data.documentRegimes.first(where: { $0.regime == service.document })
            {
              v.cost += record.newDocumentCost.rawValue
              handling = record.newDocumentTime.rawValue
            }
          }
        }
      } else {
        v.transfers += 1
      }
      // Transit clearance at an intermediate territory under a transit document.
      let crossing = network.arcCrossing[arc]
      if modelled, crossing >= 0 {
        let record = network.crossings[Int(crossing)]
        let regime: DocumentRegime? =
          serviceIndex >= 0
          ? network.data.services[serviceIndex].document
          : (network.terminal(network.arcTail[arc]).mode == .rail
            && network.terminal(network.arcHead[arc]).mode == .rail ? .smgs : nil)
        let transitDocument =
          regime.map { r in network.data.documentRegimes.contains { $0.regime == r && $0.isTransitDocument } }
          ?? false
        if network.territory(record.toTerritory).id != destinationTerritory, transitDocument,
          let time = record.transitClearance, let cost = record.transitCost
        {
          w.time += time - record.clearance
          w.cost += cost - record.cost
        }
      }
      var wait: Int64 = 0
      if let departure {
        let ready = departure + v.time + handling
        let timetable = network.arcTimetable[arc]
        if timetable >= 0 {
          wait = network.timetables[Int(timetable)].nextDeparture(atOrAfter: ready) - ready
        }
      }
      v.cost += w.cost.rawValue
      v.time += w.time.rawValue + wait + handling
      v.co2 += w.co2.rawValue
    }
    return v
  }

  /// A planner's front as the projected vectors `front(_:_:)` gives for brute force, sorted.
  static func projected(_ itineraries: [Itinerary], _ criteria: [Criterion]) -> [[Int64]] {
    itineraries.map {
      project(
        CriteriaVector(
          cost: $0.totals.costCents.rawValue, time: $0.totals.timeMinutes.rawValue,
          co2: $0.totals.co2Grams.rawValue, documents: Int64($0.totals.documents)), criteria)
    }.sorted { $0.lexicographicallyPrecedes($1) }
  }

  static func project(_ v: CriteriaVector, _ criteria: [Criterion]) -> [Int64] {
    criteria.map {
      switch $0 {
      case .cost: v.cost
      case .time: v.time
      case .co2: v.co2
      case .documents: v.documents
      }
    }
  }

  /// The distinct non-dominated projections onto `criteria`, sorted.
  static func front(_ vectors: [CriteriaVector], _ criteria: [Criterion]) -> [[Int64]] {
    let points = Set(vectors.map { project($0, criteria) })
    return points.filter { p in
      !points.contains { q in q != p && zip(q, p).allSatisfy { $0 <= $1 } }
    }.sorted { $0.lexicographicallyPrecedes($1) }
  }
}
