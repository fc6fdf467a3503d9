/// A route offered beside the best one, with what sets it apart.
public struct AlternativeRoute: Hashable, Sendable, Codable {
  public var rank: Int
  public var itinerary: Itinerary
  /// What distinguishes it from the best route ("via Khorgos–Altynkol instead of
  /// Alashankou–Dostyk; +1.2 days, −USD 310.00").
  public var distinction: String
}

extension RoutePlanner {
  /// Up to `count` good, loopless and meaningfully different routes for `query`, best first
  /// (the penalty method: after each route, the arcs of its services get dearer under the
  /// objective and the search runs again; a candidate sharing most of its legs with an accepted
  /// route is skipped).
  ///
  /// - Throws: `RoutingError.noRoute` when not even one route meets the constraints.
  public func alternatives(_ query: RouteQuery, count: Int) throws(RoutingError) -> [AlternativeRoute] {
    guard count >= 1 else { throw .invalidQuery(.alternatives, "must be at least 1") }
    let graph = try QueryGraph(planner: self, query: query)
    let builder = ItineraryBuilder(graph: graph)
    var search = ShortestPathSearch(network: network)
    var penalized = graph
    var accepted: [Itinerary] = []
    var signatures: [Set<String>] = []
    let primary = Self.priority(of: query.objective)[0]
    for _ in 0..<(count * 8) where accepted.count < count {
      guard let path = try bestPath(penalized, using: &search) else { break }
      let itinerary = builder.itinerary(path)
      let arcs = path.arcs
      let signature = Self.signature(of: itinerary)
      let looped = Set(itinerary.terminalPath).count != itinerary.terminalPath.count
      let similar = zip(accepted, signatures).contains { other, otherSignature in
        Self.similarity(otherSignature, signature) >= 0.7 || Self.isVariant(itinerary, of: other)
      }
      if !looped && !similar && Self.meets(query.constraints, itinerary) {
        accepted.append(itinerary)
        signatures.append(signature)
      }
      // Make every arc of the services (and transfers) this route used dearer.
      let usedServices = Set(arcs.compactMap { network.arcService[$0] >= 0 ? network.arcService[$0] : nil })
      let usedTransfers = Set(
        arcs.compactMap { network.arcTransfer[$0] >= 0 ? network.arcTransfer[$0] : nil })
      for arc in 0..<network.arcCount
      where usedServices.contains(network.arcService[arc]) || usedTransfers.contains(network.arcTransfer[arc])
      {
        var weight = penalized.weight[arc]
        switch primary {
        case .cost: weight.cost = Cents(Self.penalized(weight.cost.rawValue, by: 100))
        case .time: weight.time = Minutes(Self.penalized(weight.time.rawValue, by: 60))
        case .co2: weight.co2 = Grams(Self.penalized(weight.co2.rawValue, by: 1000))
        case .documents: break
        }
        penalized.weight[arc] = weight
      }
    }
    guard let best = accepted.first else { throw noRoute(graph) }
    return accepted.enumerated().map { index, itinerary in
      AlternativeRoute(
        rank: index + 1, itinerary: itinerary,
        distinction: index == 0
          ? "best \(query.objective.rawValue) route" : Self.distinction(of: itinerary, from: best))
    }
  }

  /// Legs as city pairs with their mode, and the crossings: what a planner sees as "the route".
  static func signature(of itinerary: Itinerary) -> Set<String> {
    Set(
      itinerary.legs.map { "\($0.from.city.id)>\($0.to.city.id):\($0.mode.rawValue)" }
        + itinerary.borders.map(\.name))
  }

  static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
    let union = a.union(b).count
    return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
  }

  /// The same modes and crossings through nearly the same cities: one terminal or feeder swapped.
  static func isVariant(_ a: Itinerary, of b: Itinerary) -> Bool {
    func cities(_ itinerary: Itinerary) -> Set<String> { Set(itinerary.legs.map(\.to.city.id)) }
    return Set(a.totals.modes) == Set(b.totals.modes)
      && Set(a.borders.map(\.name)) == Set(b.borders.map(\.name))
      && cities(a).symmetricDifference(cities(b)).count <= 2
  }

  static func meets(_ c: RouteConstraints, _ itinerary: Itinerary) -> Bool {
    let totals = itinerary.totals
    return (c.maxLegs.map { totals.legs <= $0 } ?? true)
      && (c.maxTransfers.map { totals.transfers <= $0 } ?? true)
      && (c.budget.map { totals.costCents <= $0 } ?? true)
      && (c.maxDuration.map { totals.timeMinutes <= $0 } ?? true)
  }

  /// "by sea instead of rail; via Tashkent; crosses Khorgos–Altynkol instead of Alashankou–Dostyk;
  /// +2.1 days, −USD 340.00, +0.4 t CO2e".
  static func distinction(of route: Itinerary, from best: Itinerary) -> String {
    var parts: [String] = []
    let modes = route.totals.modes.map(\.rawValue).joined(separator: "+")
    let bestModes = best.totals.modes.map(\.rawValue).joined(separator: "+")
    if Set(route.totals.modes) != Set(best.totals.modes) {
      parts.append("by \(modes) instead of \(bestModes)")
    }
    func cities(_ itinerary: Itinerary) -> [String] {
      var seen: [String] = []
      for leg in itinerary.legs where !seen.contains(leg.to.city.name) { seen.append(leg.to.city.name) }
      return seen
    }
    let bestCities = Set(cities(best))
    let newCities = cities(route).filter { !bestCities.contains($0) && $0 != route.destination.name }
    if !newCities.isEmpty { parts.append("via \(newCities.prefix(4).joined(separator: ", "))") }
    let crossings = route.borders.map(\.name).filter { name in !best.borders.contains { $0.name == name } }
    let bestCrossings = best.borders.map(\.name).filter { name in !route.borders.contains { $0.name == name }
    }
    if !crossings.isEmpty {
      parts.append(
        "crosses \(crossings.joined(separator: ", "))"
          + (bestCrossings.isEmpty ? "" : " instead of \(bestCrossings.joined(separator: ", "))"))
    }
    let days = Double((route.totals.timeMinutes - best.totals.timeMinutes).rawValue) / 1440
    let cost = route.totals.costCents - best.totals.costCents
    let co2 = Double((route.totals.co2Grams - best.totals.co2Grams).rawValue) / 1_000_000
    func signed(_ value: Double, _ digits: Int) -> String {
      let rounded = (value * pow10(digits)).rounded() / pow10(digits)
      return (rounded >= 0 ? "+" : "−") + format(abs(rounded), digits)
    }
    parts.append(
      "\(signed(days, 1)) days, \(cost >= .zero ? "+" : "−")USD \(Cents(abs(cost.rawValue)).dollarsText), \(signed(co2, 1)) t CO2e"
    )
    return parts.joined(separator: "; ")
  }

  static func pow10(_ digits: Int) -> Double { (0..<digits).reduce(1.0) { value, _ in value * 10 } }

  /// A non-negative number with `digits` decimals, without Foundation.
  static func format(_ value: Double, _ digits: Int) -> String {
    let scaled = Int64((value * pow10(digits)).rounded())
    let whole = scaled / Int64(pow10(digits))
    let fraction = scaled % Int64(pow10(digits))
    guard digits > 0 else { return "\(whole)" }
    let text = String(fraction)
    return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
  }
}
