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

  func allowed(_ arc: Int) -> RouteTotals? {
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

  /// Every feasible route's criteria vector (cost, time, co2, legs, transfers).
  func allVectors() -> [CriteriaVector] {
    var result: [CriteriaVector] = []
    let layers = via.count + 1
    var onPath = Set<Int>()
    let departure = query.departure?.minutesSinceEpoch
    func advance(_ layer: Int, _ terminal: TerminalID) -> Int {
      var layer = layer
      while layer < via.count && network.terminalCity[terminal.index].index == via[layer] { layer += 1 }
      return layer
    }
    func explore(_ terminal: TerminalID, _ layer: Int, _ v: CriteriaVector) {
      let c = query.constraints
      if let budget = c.budget, v.cost > budget.rawValue { return }
      if let limit = c.maxDuration, v.time > limit.rawValue { return }
      if let limit = c.maxLegs, v.legs > Int64(limit) { return }
      if let limit = c.maxTransfers, v.transfers > Int64(limit) { return }
      if layer == layers - 1 && network.terminalCity[terminal.index].index == destination { result.append(v) }
      let state = terminal.index * layers + layer
      onPath.insert(state)
      defer { onPath.remove(state) }
      for arc in network.arcs(from: terminal) {
        guard let w = allowed(arc) else { continue }
        let head = network.arcHead[arc]
        let nextLayer = advance(layer, head)
        guard !onPath.contains(head.index * layers + nextLayer) else { continue }
        var wait: Int64 = 0
        if let departure {
          let ready = departure + v.time
          let timetable = network.arcTimetable[arc]
          if timetable >= 0 {
            wait = network.timetables[Int(timetable)].nextDeparture(atOrAfter: ready) - ready
          }
        }
        var next = v
        next.cost += w.cost.rawValue
        next.time += w.time.rawValue + wait
        next.co2 += w.co2.rawValue
        if network.arcService[arc] >= 0 { next.legs += 1 } else { next.transfers += 1 }
        explore(head, nextLayer, next)
      }
    }
    for terminal in network.cityTerminals[origin] {
      if closedCities.contains(origin) { break }
      explore(terminal, advance(0, terminal), CriteriaVector())
    }
    return result
  }

  static func project(_ v: CriteriaVector, _ criteria: [Criterion]) -> [Int64] {
    criteria.map {
      switch $0 {
      case .cost: v.cost
      case .time: v.time
      case .co2: v.co2
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
