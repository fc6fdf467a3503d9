import SilkRoute

/// A route request as booking systems send it (JSON) and the CLI builds it: the same query model
/// everywhere. Only `from` and `to` are required.
///
/// ```json
/// {"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}
/// ```
public struct RouteRequest: Codable, Hashable, Sendable {
  public struct CargoSpec: Codable, Hashable, Sendable {
    /// `TEU`, `FEU` or `kg`.
    public var unit: String
    /// Containers for TEU/FEU, kilograms for kg.
    public var count: Int64
    /// `general`, `reefer`, `dangerous`, `ecommerce`.
    public var cargoClass: String?
    public var declaredValueUSD: String?

    public init(unit: String, count: Int64, cargoClass: String? = nil, declaredValueUSD: String? = nil) {
      self.unit = unit
      self.count = count
      self.cargoClass = cargoClass
      self.declaredValueUSD = declaredValueUSD
    }
  }

  public struct ConstraintSpec: Codable, Hashable, Sendable {
    public var avoidCountries: [String]?
    public var avoidModes: [String]?
    public var avoidCarriers: [String]?
    public var avoidCrossings: [String]?
    public var via: [String]?
    public var maxLegs: Int?
    public var maxTransfers: Int?
    public var budgetUSD: String?
    public var maxDurationMinutes: Int64?
    public var singleBillOfLading: Bool?

    public init() {}
  }

  public var from: String
  public var to: String
  public var cargo: CargoSpec?
  /// `cheapest` (default), `fastest`, `greenest`.
  public var objective: String?
  /// Pareto criteria (`cost`, `time`, `co2`, `documents`); with it the response holds the front.
  public var pareto: [String]?
  /// Number of alternatives; with it the response holds them.
  public var alternatives: Int?
  /// ISO 8601 ready time at the origin.
  public var depart: String?
  public var constraints: ConstraintSpec?

  public init(from: String, to: String, cargo: CargoSpec? = nil, objective: String? = nil) {
    self.from = from
    self.to = to
    self.cargo = cargo
    self.objective = objective
  }
}

/// A request field that is missing, malformed or out of range; `field` is its JSON path.
public struct RequestError: Error, Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var message: String
  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }
  public var description: String { "\(field): \(message)" }
}

extension RouteRequest {
  static func dollars(_ text: String, field: String) throws(RequestError) -> Cents {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let whole = Int64(parts[0])
    else { throw RequestError(field: field, message: "expected US dollars like \"5000\" or \"5000.00\"") }
    var cents = whole * 100
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let fraction = Int64(parts[1]) else {
        throw RequestError(field: field, message: "expected at most two decimals")
      }
      cents += parts[1].count == 1 ? fraction * 10 : fraction
    }
    return Cents(cents)
  }

  /// The Pareto criteria asked for, or nil.
  public func criteria() throws(RequestError) -> [Criterion]? {
    guard let pareto else { return nil }
    var criteria: [Criterion] = []
    for (index, word) in pareto.enumerated() {
      guard let criterion = Criterion(rawValue: word.lowercased()) else {
        throw RequestError(
          field: "pareto[\(index)]", message: "unknown criterion '\(word)': use cost, time, co2, documents")
      }
      if !criteria.contains(criterion) { criteria.append(criterion) }
    }
    guard criteria.count >= 2 else {
      throw RequestError(field: "pareto", message: "give two or more criteria")
    }
    return criteria
  }

  /// The planner's query, every field checked.
  ///
  /// - Throws: `RequestError` naming the first bad field.
  public func query() throws(RequestError) -> RouteQuery {
    guard !from.isEmpty else { throw RequestError(field: "from", message: "must not be empty") }
    guard !to.isEmpty else { throw RequestError(field: "to", message: "must not be empty") }
    var cargo = Cargo.containers(1, .feu)
    if let spec = self.cargo {
      guard
        let unit = Cargo.Unit.allCases.first(where: { $0.rawValue.lowercased() == spec.unit.lowercased() })
      else {
        throw RequestError(field: "cargo.unit", message: "unknown unit '\(spec.unit)': use TEU, FEU or kg")
      }
      let limit = unit == .kilograms ? Cargo.maximumKilograms : Cargo.maximumContainers
      guard (1...limit).contains(spec.count) else {
        throw RequestError(field: "cargo.count", message: "must be 1 to \(limit)")
      }
      cargo = Cargo(unit: unit, quantity: spec.count)
      if let word = spec.cargoClass {
        guard let cargoClass = CargoClass(rawValue: word.lowercased()) else {
          throw RequestError(
            field: "cargo.cargoClass",
            message: "unknown class '\(word)': use general, reefer, dangerous, ecommerce")
        }
        cargo.cargoClass = cargoClass
      }
      if let value = spec.declaredValueUSD {
        cargo.declaredValue = try Self.dollars(value, field: "cargo.declaredValueUSD")
      }
    }
    var objective = Objective.cheapest
    if let word = self.objective {
      guard let parsed = Objective(rawValue: word.lowercased()) else {
        throw RequestError(
          field: "objective", message: "unknown objective '\(word)': use cheapest, fastest, greenest")
      }
      objective = parsed
    }
    var departure: Instant?
    if let depart {
      guard let instant = Instant(iso8601: depart) else {
        throw RequestError(field: "depart", message: "expected an ISO 8601 date-time like 2026-12-01T08:00Z")
      }
      departure = instant
    }
    var constraints = RouteConstraints()
    if let spec = self.constraints {
      constraints.avoidCountries = spec.avoidCountries ?? []
      constraints.avoidCarriers = spec.avoidCarriers ?? []
      constraints.avoidCrossings = spec.avoidCrossings ?? []
      constraints.via = spec.via ?? []
      for (index, word) in (spec.avoidModes ?? []).enumerated() {
        guard let mode = Mode(rawValue: word.lowercased()) else {
          throw RequestError(field: "constraints.avoidModes[\(index)]", message: "unknown mode '\(word)'")
        }
        constraints.avoidModes.insert(mode)
      }
      if let legs = spec.maxLegs {
        guard legs >= 1 else {
          throw RequestError(field: "constraints.maxLegs", message: "must be at least 1")
        }
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
      constraints.singleDocument = spec.singleBillOfLading ?? false
    }
    if let alternatives, !(1...20).contains(alternatives) {
      throw RequestError(field: "alternatives", message: "must be 1 to 20")
    }
    if pareto != nil && alternatives != nil {
      throw RequestError(field: "alternatives", message: "ask for either pareto or alternatives")
    }
    _ = try criteria()
    return RouteQuery(
      from: from, to: to, cargo: cargo, objective: objective, constraints: constraints, departure: departure)
  }
}
