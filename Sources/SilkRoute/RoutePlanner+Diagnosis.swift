extension RoutePlanner {
  /// Why `graph` has no route, in a planner's words: which constraint cuts the network, or how far
  /// the best route that meets the other constraints misses a bound.
  func noRoute(_ graph: QueryGraph) -> RoutingError {
    let query = graph.query
    let from = network.city(graph.origin).name
    let to = network.city(graph.destination).name
    func failure(_ reason: String) -> RoutingError { .noRoute(from: from, to: to, reason: reason) }
    if graph.sources.isEmpty { return failure("every terminal of \(from) is closed") }
    if graph.targets.isEmpty { return failure("every terminal of \(to) is closed") }

    if !Self.reaches(graph) {
      // Which group of constraints cuts the network: lift each and see.
      var relaxations: [(String, RouteQuery)] = []
      let c = query.constraints
      func lifting(_ change: (inout RouteQuery) -> Void) -> RouteQuery {
        var copy = query
        change(&copy)
        return copy
      }
      if !c.avoidCountries.isEmpty {
        relaxations.append(
          (
            "--avoid-country \(c.avoidCountries.joined(separator: ","))",
            lifting { $0.constraints.avoidCountries = [] }
          ))
      }
      let avoidedModes = Set(Mode.allCases).subtracting(query.allowedModes).union(c.avoidModes)
      if !avoidedModes.isEmpty {
        relaxations.append(
          (
            "--avoid-mode \(avoidedModes.sorted().map(\.rawValue).joined(separator: ","))",
            lifting {
              $0.constraints.avoidModes = []
              $0.allowedModes = Set(Mode.allCases)
            }
          ))
      }
      if !c.avoidCarriers.isEmpty {
        relaxations.append(
          (
            "--avoid-carrier \(c.avoidCarriers.joined(separator: ","))",
            lifting { $0.constraints.avoidCarriers = [] }
          ))
      }
      if !c.avoidCrossings.isEmpty {
        relaxations.append(
          (
            "--avoid-crossing \(c.avoidCrossings.joined(separator: ","))",
            lifting { $0.constraints.avoidCrossings = [] }
          ))
      }
      if !query.disruptions.closures.isEmpty {
        relaxations.append(
          (
            "--close \(query.disruptions.closures.joined(separator: ","))",
            lifting { $0.disruptions.closures = [] }
          ))
      }
      if !c.via.isEmpty {
        relaxations.append(("--via \(c.via.joined(separator: ","))", lifting { $0.constraints.via = [] }))
      }
      if query.cargo.cargoClass != .general {
        relaxations.append(
          ("--cargo-class \(query.cargo.cargoClass.rawValue)", lifting { $0.cargo.cargoClass = .general }))
      }
      let culprits = relaxations.filter { _, relaxed in
        (try? QueryGraph(planner: self, query: relaxed)).map(Self.reaches) ?? false
      }.map(\.0)
      if let first = culprits.first {
        let detail = culprits.count > 1 ? " (or by \(culprits.dropFirst().joined(separator: "; ")))" : ""
        if first.hasPrefix("--avoid-country") {
          return failure(
            "every route passes through \(c.avoidCountries.joined(separator: " or ")): cut by \(first)\(detail)"
          )
        }
        return failure("every route is cut by \(first)\(detail)")
      }
      if !relaxations.isEmpty {
        return failure(
          "the constraints together cut every route (\(relaxations.map(\.0).joined(separator: "; ")))")
      }
      if query.cargo.unit == .kilograms {
        return failure(
          "the network does not connect them for loose cargo (some services carry full containers only)")
      }
      return failure("the network does not connect them")
    }

    // Connected: a bound is too tight. Say what the best route meeting the others achieves.
    let c = query.constraints
    var reasons: [String] = []
    func best(_ change: (inout RouteConstraints) -> Void, _ objective: Objective) -> Itinerary? {
      var relaxed = query
      change(&relaxed.constraints)
      relaxed.objective = objective
      return try? route(relaxed)
    }
    if let budget = c.budget, let cheapest = best({ $0.budget = nil }, .cheapest),
      cheapest.totals.costCents > budget
    {
      reasons.append(
        "the cheapest route meeting the other constraints costs USD \(cheapest.totals.costCents.dollarsText), over the budget of USD \(budget.dollarsText)"
      )
    }
    if let limit = c.maxDuration, let fastest = best({ $0.maxDuration = nil }, .fastest),
      fastest.totals.timeMinutes > limit
    {
      reasons.append(
        "the fastest route meeting the other constraints takes \(fastest.totals.timeMinutes.compactText), over the limit of \(limit.compactText)"
      )
    }
    if let limit = c.maxLegs, let fewest = minimum(graph, \.legs, lifting: { $0.maxLegs = nil }),
      fewest > limit
    {
      reasons.append("every route needs at least \(fewest) legs, more than --max-legs \(limit)")
    }
    if let limit = c.maxTransfers,
      let fewest = minimum(graph, \.transfers, lifting: { $0.maxTransfers = nil }), fewest > limit
    {
      reasons.append("every route needs at least \(fewest) transfers, more than --max-transfers \(limit)")
    }
    return failure(
      reasons.isEmpty
        ? "no route meets all the bounds together (budget, deadline, legs, transfers)"
        : reasons.joined(separator: "; "))
  }

  /// The least number of legs or transfers of any route meeting the other constraints.
  private func minimum(
    _ graph: QueryGraph, _ counter: KeyPath<CriteriaVector, Int64>, lifting: (inout RouteConstraints) -> Void
  ) -> Int? {
    var query = graph.query
    lifting(&query.constraints)
    guard let relaxed = try? QueryGraph(planner: self, query: query) else { return nil }
    var search = labelSearch(relaxed, criteria: [])
    let dimension: CriteriaVector.Dimension = counter == \CriteriaVector.legs ? .legs : .transfers
    var configuration = search.configuration
    configuration.dominance = configuration.dominance.filter { $0 != dimension } + [dimension]
    search = LabelSearch(graph: relaxed, configuration: configuration)
    guard let found = try? search.run() else { return nil }
    return found.map { Int($0.vector[keyPath: counter]) }.min()
  }

  /// Whether any destination terminal is reachable over usable arcs through every via layer.
  static func reaches(_ graph: QueryGraph) -> Bool {
    let network = graph.network
    let layers = graph.via.count + 1
    var seen = [Bool](repeating: false, count: network.terminalCount * layers)
    var stack: [(TerminalID, Int)] = []
    for source in graph.sources {
      let layer = graph.advance(layer: 0, at: source)
      seen[source.index * layers + layer] = true
      stack.append((source, layer))
    }
    let targets = Set(graph.targets)
    while let (terminal, layer) = stack.popLast() {
      if layer == layers - 1 && targets.contains(terminal) { return true }
      for arc in network.arcs(from: terminal) where graph.usable[arc] {
        let head = network.arcHead[arc]
        let next = graph.advance(layer: layer, at: head)
        if !seen[head.index * layers + next] {
          seen[head.index * layers + next] = true
          stack.append((head, next))
        }
      }
    }
    return false
  }
}
