import SilkRoute

extension RouteRequest {
  /// Upper bound of `alternatives`.
  public static let maximumAlternatives = 20

  /// Every field checked, and combinations the planner cannot answer refused, naming both fields.
  ///
  /// - Throws: `RequestError` naming the first bad field by its JSON path.
  public func plan() throws(RequestError) -> PlanRequest {
    guard !from.isEmpty else { throw RequestError(field: "from", message: "must not be empty") }
    guard !to.isEmpty else { throw RequestError(field: "to", message: "must not be empty") }
    var query = RouteQuery(from: from, to: to, cargo: try cargoValue(), objective: try objectiveValue())
    let departure = try depart.map { text throws(RequestError) in try Self.instant(text, field: "depart") }
    query.departure = departure
    query.asOf = try asOf.map { text throws(RequestError) in try Self.instant(text, field: "asOf") }
    // Before the constraints: a date-time deadline with a window is the window's conflict.
    let window = try departWindowValue()
    query.constraints = try constraintValues(departure: departure)
    query.disruptions = try disruptionValues()
    // Only "off" is recorded: the default and an explicit true ask the same question.
    query.containerOffer = containerOffer == false ? false : nil

    var mode = PlanRequest.Mode.best
    var warnings = ignoredFields.map {
      RequestWarning(field: $0, message: "not a field of API version \(APIVersion.current): ignored")
    }
    if let pareto {
      let criteria = try Self.criteria(pareto)
      let (epsilon, warning) = try epsilonValue()
      mode = .pareto(criteria, epsilon: epsilon)
      if let warning { warnings.append(warning) }
    } else if paretoEpsilon != nil {
      throw RequestError(
        field: "paretoEpsilon", message: "is the tolerance of a Pareto front: ask for one with pareto",
        conflictsWith: ["pareto"])
    }
    if let alternatives {
      if pareto != nil {
        throw RequestError(
          field: "alternatives", message: "ask for either a Pareto front or alternatives",
          conflictsWith: ["pareto"])
      }
      guard (1...Self.maximumAlternatives).contains(alternatives) else {
        throw RequestError(field: "alternatives", message: "must be 1 to \(Self.maximumAlternatives)")
      }
      mode = .alternatives(alternatives)
    }
    if let arriveBy {
      let deadline = try Self.instant(arriveBy, field: "arriveBy")
      for (field, given) in [
        ("depart", depart != nil), ("pareto", pareto != nil), ("alternatives", alternatives != nil),
        ("constraints.deadline", constraints?.deadline != nil),
        ("constraints.maxDurationMinutes", constraints?.maxDurationMinutes != nil),
      ] where given {
        throw RequestError(
          field: "arriveBy", message: Self.arriveByConflict(field), conflictsWith: [field])
      }
      mode = .latestDeparture(arriveBy: deadline)
    }
    if let window { mode = .departureSweep(window) }
    let draft = billOfLadingDraft ?? false
    if draft {
      for (field, given) in [("pareto", pareto != nil), ("alternatives", alternatives != nil)] where given {
        throw RequestError(
          field: "billOfLadingDraft", message: "a draft is made for one route, not for several",
          conflictsWith: [field])
      }
    }
    var plan = PlanRequest(query: query, mode: mode, billOfLadingDraft: draft, warnings: warnings)
    plan.currency = try currencyValue()
    return plan
  }

  private static func arriveByConflict(_ field: String) -> String {
    switch field {
    case "depart": "give either the departure or the deadline at the destination"
    case "pareto", "alternatives": "the latest departure is one route, not several"
    default: "the arrival deadline already bounds the duration"
    }
  }

  /// `paretoEpsilon` as a tolerance: its decimals past the sixth are dropped (a smaller tolerance
  /// is a stronger guarantee), read from the number's shortest decimal form (0.3 is 300,000 ppm,
  /// not one less); one below 0.000001 asks for the exact front, with a warning saying so.
  private func epsilonValue() throws(RequestError) -> (ParetoEpsilon?, RequestWarning?) {
    guard let paretoEpsilon else { return (nil, nil) }
    guard paretoEpsilon.isFinite, paretoEpsilon > 0, paretoEpsilon <= 10,
      let millionths = ParetoEpsilon.partsPerMillion(truncating: "\(paretoEpsilon)")
    else {
      throw RequestError(
        field: "paretoEpsilon",
        message: "\(paretoEpsilon) must be a number above 0 and at most 10 (e.g. 0.05)")
    }
    guard let epsilon = ParetoEpsilon(partsPerMillion: millionths) else {
      let warning = RequestWarning(
        field: "paretoEpsilon",
        message: "below 0.000001: the exact front is answered, which meets any tolerance")
      return (nil, warning)
    }
    return (epsilon, nil)
  }

  private func cargoValue() throws(RequestError) -> Cargo {
    guard let spec = cargo else { return .containers(1, .feu) }
    var cargo: Cargo
    if let items = spec.items {
      cargo = try mixedCargo(items, spec: spec)
    } else {
      cargo = try singleCargo(spec)
    }
    if let word = spec.cargoClass {
      guard let cargoClass = CargoClass(rawValue: word.lowercased()) else {
        throw RequestError(
          field: "cargo.cargoClass",
          message:
            "unknown class '\(ErrorWording.escaped(word))': use general, reefer, dangerous or ecommerce")
      }
      cargo.cargoClass = cargoClass
    }
    if let value = spec.declaredValueUSD {
      cargo.declaredValue = try Self.dollars(value, field: "cargo.declaredValueUSD")
    }
    return cargo
  }

  private func singleCargo(_ spec: CargoSpec) throws(RequestError) -> Cargo {
    guard
      let unit = Cargo.Unit.allCases.first(where: { $0.rawValue.lowercased() == spec.unit.lowercased() })
    else {
      throw RequestError(
        field: "cargo.unit", message: "unknown unit '\(ErrorWording.escaped(spec.unit))': use TEU, FEU or kg")
    }
    let limit = unit == .kilograms ? Cargo.maximumKilograms : Cargo.maximumContainers
    guard (1...limit).contains(spec.count) else {
      throw RequestError(field: "cargo.count", message: "must be 1 to \(limit)")
    }
    return Cargo(unit: unit, quantity: spec.count)
  }

  private func objectiveValue() throws(RequestError) -> Objective {
    guard let word = objective else { return .cheapest }
    guard let objective = Objective(rawValue: word.lowercased()) else {
      throw RequestError(
        field: "objective",
        message: "unknown objective '\(ErrorWording.escaped(word))': use cheapest, fastest or greenest")
    }
    return objective
  }

  private func constraintValues(departure: Instant?) throws(RequestError) -> RouteConstraints {
    var constraints = RouteConstraints()
    guard let spec = self.constraints else { return constraints }
    constraints.avoidCountries = try Self.names(spec.avoidCountries, field: "constraints.avoidCountries")
    constraints.avoidCarriers = try Self.names(spec.avoidCarriers, field: "constraints.avoidCarriers")
    constraints.avoidCrossings = try Self.names(spec.avoidCrossings, field: "constraints.avoidCrossings")
    constraints.via = try Self.names(spec.via, field: "constraints.via")
    for (index, word) in (spec.avoidModes ?? []).enumerated() {
      guard let mode = Mode(rawValue: word.lowercased()) else {
        throw RequestError(
          field: "constraints.avoidModes[\(index)]",
          message: "unknown mode '\(ErrorWording.escaped(word))': use sea, rail, road or air")
      }
      constraints.avoidModes.insert(mode)
    }
    if let legs = spec.maxLegs {
      guard legs >= 1 else { throw RequestError(field: "constraints.maxLegs", message: "must be at least 1") }
      constraints.maxLegs = legs
    }
    if let transfers = spec.maxTransfers {
      guard transfers >= 0 else {
        throw RequestError(field: "constraints.maxTransfers", message: "must not be negative")
      }
      constraints.maxTransfers = transfers
    }
    if let budget = spec.budgetUSD {
      constraints.budget = try Self.dollars(budget, field: "constraints.budgetUSD")
    }
    if let minutes = spec.maxDurationMinutes {
      guard minutes > 0 else {
        throw RequestError(field: "constraints.maxDurationMinutes", message: "must be positive")
      }
      constraints.maxDuration = Minutes(minutes)
    }
    if let text = spec.deadline {
      let deadline = try Self.instant(text, field: "constraints.deadline")
      if spec.maxDurationMinutes != nil {
        throw RequestError(
          field: "constraints.deadline", message: "give either a deadline or a longest duration",
          conflictsWith: ["constraints.maxDurationMinutes"])
      }
      guard let departure else {
        throw RequestError(
          field: "constraints.deadline", message: "a deadline as a date-time needs the departure",
          conflictsWith: ["depart"])
      }
      guard deadline > departure else {
        throw RequestError(field: "constraints.deadline", message: "is not after the departure")
      }
      constraints.maxDuration = deadline - departure
    }
    constraints.singleDocument = spec.singleBillOfLading ?? false
    return constraints
  }

  private func disruptionValues() throws(RequestError) -> Disruptions {
    guard let spec = disruptions else { return Disruptions() }
    var disruptions = Disruptions(closures: try Self.names(spec.close, field: "disruptions.close"))
    for (index, item) in (spec.delays ?? []).enumerated() {
      guard !item.target.isEmpty else {
        throw RequestError(field: "disruptions.delays[\(index)].target", message: "must not be empty")
      }
      guard (1...Disruptions.maximumDelay.rawValue).contains(item.delayMinutes) else {
        throw RequestError(
          field: "disruptions.delays[\(index)].delayMinutes",
          message: "must be 1 to \(Disruptions.maximumDelay.rawValue) (a year)")
      }
      disruptions.delays.append(.init(target: item.target, delay: Minutes(item.delayMinutes)))
    }
    return disruptions
  }

  /// Names of a list field; none may be empty.
  private static func names(_ values: [String]?, field: String) throws(RequestError) -> [String] {
    for (index, value) in (values ?? []).enumerated() where value.isEmpty {
      throw RequestError(field: "\(field)[\(index)]", message: "must not be empty")
    }
    return values ?? []
  }

  static func criteria(_ words: [String]) throws(RequestError) -> [Criterion] {
    var criteria: [Criterion] = []
    for (index, word) in words.enumerated() {
      guard let criterion = Criterion(rawValue: word.lowercased()) else {
        throw RequestError(
          field: "pareto[\(index)]",
          message: "unknown criterion '\(ErrorWording.escaped(word))': use cost, time, co2 or documents")
      }
      if !criteria.contains(criterion) { criteria.append(criterion) }
    }
    guard criteria.count >= 2 else {
      throw RequestError(field: "pareto", message: "give two or more of cost, time, co2 and documents")
    }
    return criteria
  }

  static func instant(_ text: String, field: String) throws(RequestError) -> Instant {
    guard let instant = Instant(iso8601: text) else {
      throw RequestError(
        field: field,
        message: "'\(ErrorWording.escaped(text))' is not an ISO 8601 date-time like 2026-12-01T08:00Z")
    }
    return instant
  }

  /// `5000`, `5000.5`, `5000.00` US dollars → cents.
  static func dollars(_ text: String, field: String) throws(RequestError) -> Cents {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let whole = Int64(parts[0])
    else {
      throw RequestError(
        field: field,
        message: "'\(ErrorWording.escaped(text))' is not an amount of US dollars like 5000 or 5000.00")
    }
    var cents = whole * 100
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let fraction = Int64(parts[1]) else {
        throw RequestError(
          field: field, message: "'\(ErrorWording.escaped(text))' has more than two decimals")
      }
      cents += parts[1].count == 1 ? fraction * 10 : fraction
    }
    return Cents(cents)
  }
}
