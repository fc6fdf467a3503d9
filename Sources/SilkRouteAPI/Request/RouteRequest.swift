import Foundation
import SilkRoute

/// A route request: the one description of a question, whichever front-end asks it. Booking
/// systems send it as JSON (`POST /v1/routes`), the CLI builds it from its flags, and library
/// callers fill it in; ``plan()`` checks every field once and turns it into the planner's query.
/// Only `from` and `to` are required. ``RequestField/all`` lists every field beside its CLI flag.
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
    /// Declared value of the goods, US dollars (`"250000"` or `"250000.00"`): the document plan
    /// shows each leg's liability limit against it.
    public var declaredValueUSD: String?
    /// Mixed equipment instead of `unit` and `count`: `[{"unit": "FEU", "count": 2},
    /// {"unit": "TEU", "count": 1}]`, priced per container type on each leg.
    public var items: [CargoItemSpec]?

    public init(unit: String, count: Int64, cargoClass: String? = nil, declaredValueUSD: String? = nil) {
      self.unit = unit
      self.count = count
      self.cargoClass = cargoClass
      self.declaredValueUSD = declaredValueUSD
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case unit, count, cargoClass, declaredValueUSD, items
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
    /// Longest door-to-door time, minutes (waits included).
    public var maxDurationMinutes: Int64?
    /// Arrive by this ISO 8601 date-time (needs `depart`).
    public var deadline: String?
    public var singleBillOfLading: Bool?

    public init(
      avoidCountries: [String]? = nil, avoidModes: [String]? = nil, avoidCarriers: [String]? = nil,
      avoidCrossings: [String]? = nil, via: [String]? = nil, maxLegs: Int? = nil, maxTransfers: Int? = nil,
      budgetUSD: String? = nil, maxDurationMinutes: Int64? = nil, deadline: String? = nil,
      singleBillOfLading: Bool? = nil
    ) {
      self.avoidCountries = avoidCountries
      self.avoidModes = avoidModes
      self.avoidCarriers = avoidCarriers
      self.avoidCrossings = avoidCrossings
      self.via = via
      self.maxLegs = maxLegs
      self.maxTransfers = maxTransfers
      self.budgetUSD = budgetUSD
      self.maxDurationMinutes = maxDurationMinutes
      self.deadline = deadline
      self.singleBillOfLading = singleBillOfLading
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case avoidCountries, avoidModes, avoidCarriers, avoidCrossings, via, maxLegs, maxTransfers, budgetUSD
      case maxDurationMinutes, deadline, singleBillOfLading
    }
  }

  /// A what-if: parts of the network closed or delayed. The answer compares the route with the
  /// one in the undisrupted network.
  public struct DisruptionSpec: Codable, Hashable, Sendable {
    /// Cities, terminals, services, transfers, border crossings (`Brest-Malaszewicze`) or
    /// straits and canals (`Suez`) that are closed.
    public var close: [String]?
    public var delays: [DelaySpec]?

    public init(close: [String]? = nil, delays: [DelaySpec]? = nil) {
      self.close = close
      self.delays = delays
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case close, delays
    }
  }

  public struct DelaySpec: Codable, Hashable, Sendable {
    /// What is delayed, named as in `close`.
    public var target: String
    public var delayMinutes: Int64

    public init(target: String, delayMinutes: Int64) {
      self.target = target
      self.delayMinutes = delayMinutes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case target, delayMinutes
    }
  }

  public var from: String
  public var to: String
  public var cargo: CargoSpec?
  /// `cheapest` (default), `fastest`, `greenest`.
  public var objective: String?
  /// Pareto criteria (`cost`, `time`, `co2`, `documents`); with it the response holds the front.
  public var pareto: [String]?
  /// With `pareto`: an ε-approximate front instead of the exact one, every Pareto-optimal route
  /// within a factor 1 + E of a route returned in every criterion (E above 0, at most 10, at most
  /// six decimals, e.g. 0.05).
  public var paretoEpsilon: Double?
  /// Number of alternatives; with it the response holds them.
  public var alternatives: Int?
  /// ISO 8601 ready time at the origin: waiting for scheduled departures counts.
  public var depart: String?
  /// ISO 8601 deadline at the destination: the answer is the best route under the objective that
  /// arrives in time, departing as late as possible.
  public var arriveBy: String?
  /// A departure sweep: the best route for each departure of this window (``DepartWindowSpec``);
  /// the response holds `departureSweep` instead of `itinerary`.
  public var departWindow: DepartWindowSpec?
  /// ISO 8601 date: route on the network as it was or is planned on that day (only services,
  /// transfers and crossings valid then). Default: the departure's date, else the dataset's
  /// as-of date.
  public var asOf: String?
  public var constraints: ConstraintSpec?
  public var disruptions: DisruptionSpec?
  /// Also draft the multimodal transport document (FIATA FBL fields) for the route.
  public var billOfLadingDraft: Bool?
  /// ISO 4217 code (`EUR`, `CNY`, `RUB`, `KZT`…): the quote also gives its amounts in this
  /// currency, at the dated rate of `Data/exchange_rates.csv`. Budgets stay in US dollars.
  public var currency: String?
  /// For a loose (kg) cargo, also offer it in the cheapest container mix that carries its weight,
  /// routed the same way, beside the loose route (`containerOffer` in the response): on unless
  /// false. Single-route answers only (not fronts, alternatives or sweeps).
  public var containerOffer: Bool?
  /// JSON paths of body fields this API version does not know: accepted, not applied, and listed
  /// in the response's `warnings`. Never encoded.
  public var ignoredFields: [String] = []

  public init(
    from: String, to: String, cargo: CargoSpec? = nil, objective: String? = nil, pareto: [String]? = nil,
    paretoEpsilon: Double? = nil, alternatives: Int? = nil, depart: String? = nil, arriveBy: String? = nil,
    asOf: String? = nil,
    constraints: ConstraintSpec? = nil, disruptions: DisruptionSpec? = nil, billOfLadingDraft: Bool? = nil
  ) {
    self.from = from
    self.to = to
    self.cargo = cargo
    self.objective = objective
    self.pareto = pareto
    self.paretoEpsilon = paretoEpsilon
    self.alternatives = alternatives
    self.depart = depart
    self.arriveBy = arriveBy
    self.asOf = asOf
    self.constraints = constraints
    self.disruptions = disruptions
    self.billOfLadingDraft = billOfLadingDraft
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case from, to, cargo, objective, pareto, paretoEpsilon, alternatives, depart, arriveBy, asOf, constraints
    case disruptions, billOfLadingDraft, currency
    case departWindow, containerOffer
  }
}
