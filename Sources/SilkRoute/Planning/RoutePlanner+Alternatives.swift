extension RoutePlanner {
  /// Up to `count` loopless, meaningfully distinct routes for `query` that meet every constraint,
  /// sorted by the objective's key on their totals; the first is `route(query)`'s answer.
  ///
  /// The routes are taken greedily from every loopless route in the objective's order (Yen's
  /// k shortest loopless paths, `LooplessRoutes`): a route is kept when it is distinct
  /// (`isDistinct`) from each one kept before. So, unless the enumeration's budget of
  /// `LooplessRoutes.Budget` runs out first, the answer is exactly the first `count` routes of
  /// that greedy selection: fewer only when fewer exist. A route is loopless when it never passes
  /// the same terminal twice between two via points (it may come back through a terminal after
  /// a via city, as an out-and-back to the via city must); it ends at its first arrival at a
  /// terminal of the destination after the last via city.
  ///
  /// - Throws: what `route(query)` throws (`RoutingError.noRoute` when not even one route meets
  ///   the constraints), or `.invalidQuery` when `count` < 1.
  public func alternatives(_ query: RouteQuery, count: Int) throws(RoutingError) -> [AlternativeRoute] {
    try alternatives(query, count: count, budget: LooplessRoutes.Budget())
  }

  /// As `alternatives(_:count:)`, enumerating within `budget`.
  func alternatives(_ query: RouteQuery, count: Int, budget: LooplessRoutes.Budget) throws(RoutingError)
    -> [AlternativeRoute]
  {
    guard count >= 1 else { throw .invalidQuery(.alternatives, "must be at least 1") }
    let graph = try prepare(query)
    let first = try searches.withSearch(on: network) { (search) throws(RoutingError) in
      try bestPath(graph, using: &search)
    }
    guard let first else { throw noRoute(graph) }
    let builder = ItineraryBuilder(graph: graph)
    let best = builder.itinerary(first)
    var accepted = [best]
    var signatures = [Self.signature(of: best)]
    var routes = LooplessRoutes(graph: graph, configurator: configurator, first: first, budget: budget)
    while accepted.count < count, let path = routes.next() {
      let itinerary = builder.itinerary(path)
      let signature = Self.signature(of: itinerary)
      let distinct = zip(accepted, signatures).allSatisfy { other, otherSignature in
        Self.isDistinct(itinerary, signature, from: other, otherSignature)
      }
      if distinct {
        accepted.append(itinerary)
        signatures.append(signature)
      }
    }
    return accepted.enumerated().map { index, itinerary in
      AlternativeRoute(
        rank: index + 1, itinerary: itinerary,
        distinction: index == 0
          ? "best \(query.objective.rawValue) route" : Self.distinction(of: itinerary, from: best))
    }
  }

  /// Meaningfully distinct: fewer than 70 % of their legs (as city pairs with their mode) and
  /// crossings in common (`similarity`), and not a variant of each other (`isVariant`: the same
  /// modes and crossings with one terminal or feeder swapped).
  static func isDistinct(_ a: Itinerary, from b: Itinerary) -> Bool {
    isDistinct(a, signature(of: a), from: b, signature(of: b))
  }

  static func isDistinct(
    _ a: Itinerary, _ aSignature: Set<String>, from b: Itinerary, _ bSignature: Set<String>
  )
    -> Bool
  {
    similarity(aSignature, bSignature) < 0.7 && !isVariant(a, of: b)
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
