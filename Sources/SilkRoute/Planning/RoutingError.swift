/// Why a route query has no answer, as structured reasons: which parameter, which element, by how
/// much. Each front-end phrases them in its own words (``message(_:)`` with an ``ErrorWording``:
/// a CLI flag, a JSON path); `description` uses the library's parameter names.
public enum RoutingError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCity(String, suggestions: [String])
  case ambiguousCity(String, candidates: [String])
  case sameOriginAndDestination(String)
  case noRoute(from: String, to: String, reason: NoRouteReason)
  /// A country, carrier, crossing or place (closures, delays) the network does not know.
  case unknownName(String, kind: NameKind, suggestions: [String])
  /// A parameter whose value the query cannot use, and why.
  case invalidQuery(QueryParameter, String)
  case searchTooLarge(labels: Int)
  /// The answer ran out of its budget (``SearchLimits/time``) before it finished.
  case budgetExceeded(BudgetOverrun)
  /// The answer was cancelled (``SearchCancellation``) before it finished: nobody waits for it.
  case cancelled

  public var description: String { message(.library) }

  /// The error in a front-end's words.
  public func message(_ wording: ErrorWording) -> String {
    func listing(_ kind: NameKind) -> String {
      wording.listing(kind).map { " (\($0))" } ?? ""
    }
    func quoted(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
    switch self {
    case .unknownCity(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : ": did you mean \(quoted(suggestions))?"
      return "unknown city '\(ErrorWording.escaped(name))'\(hint)\(listing(.city))"
    case .ambiguousCity(let name, let candidates):
      return "'\(ErrorWording.escaped(name))' names several cities: \(candidates.joined(separator: ", "))"
    case .sameOriginAndDestination(let name):
      return "origin and destination are both \(name)"
    case .noRoute(let from, let to, let reason):
      return "no route from \(from) to \(to): \(reason.message(wording))"
    case .unknownName(let name, let kind, let suggestions):
      let hint = suggestions.isEmpty ? "" : ": did you mean \(quoted(suggestions))?"
      return "unknown \(kind.noun) '\(ErrorWording.escaped(name))'\(hint)\(listing(kind))"
    case .invalidQuery(let parameter, let message):
      return "\(wording.parameter(parameter)): \(message)"
    case .searchTooLarge(let labels):
      return
        "the search exceeded \(labels) labels; narrow it with constraints (e.g. \(wording.parameter(.maxLegs))) or fewer criteria"
    case .budgetExceeded(let overrun):
      return
        "the search ran out of \(overrun.message); narrow it with constraints (e.g. \(wording.parameter(.maxLegs))) or fewer criteria"
    case .cancelled:
      return "the search was cancelled before it finished"
    }
  }

  /// The parameter the error is about, when one is to blame.
  public var parameter: QueryParameter? {
    switch self {
    case .unknownCity, .ambiguousCity, .noRoute, .searchTooLarge, .budgetExceeded, .cancelled: nil
    case .sameOriginAndDestination: .to
    case .unknownName(_, let kind, _): kind.parameter
    case .invalidQuery(let parameter, _): parameter
    }
  }
}

/// A parameter of a route query, for errors that name one.
public enum QueryParameter: String, Sendable, Hashable, CaseIterable, Codable {
  case from, to, cargo, cargoClass, declaredValue, objective, departure, arriveBy, asOf
  case avoidCountries, avoidModes, avoidCarriers, avoidCrossings, via
  case maxLegs, maxTransfers, budget, maxDuration, singleDocument
  case closures, delays, pareto, alternatives
}

/// The kinds of names a query may use, so that an "unknown name" error can say how to list them.
public enum NameKind: String, Sendable, Hashable, CaseIterable, Codable {
  case city, country, carrier, crossing
  /// Anything a disruption can close or delay: a city, terminal, service, transfer, border
  /// crossing or strait.
  case place

  public var noun: String {
    switch self {
    case .city: "city"
    case .country: "country"
    case .carrier: "carrier"
    case .crossing: "border crossing or strait"
    case .place: "city, terminal, service, transfer, border crossing or strait"
    }
  }

  /// The parameter where a name of this kind is given (nil for cities: from, to or via).
  public var parameter: QueryParameter? {
    switch self {
    case .city: nil
    case .country: .avoidCountries
    case .carrier: .avoidCarriers
    case .crossing: .avoidCrossings
    case .place: .closures
    }
  }
}

/// How a front-end names the query's parameters and where it lists the network's names.
public struct ErrorWording: Sendable {
  public var parameter: @Sendable (QueryParameter) -> String
  /// How to list every name of a kind ("`silkroute cities` lists them all"), or nil.
  public var listing: @Sendable (NameKind) -> String?

  public init(
    parameter: @escaping @Sendable (QueryParameter) -> String,
    listing: @escaping @Sendable (NameKind) -> String?
  ) {
    self.parameter = parameter
    self.listing = listing
  }

  /// The library's own names (`avoidCountries`, `maxLegs`).
  public static let library = ErrorWording(parameter: \.rawValue, listing: { _ in nil })

  /// User input quoted in a one-line message: control characters escaped.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Why no route exists: which restriction cuts the network, or by how much the best route that
/// meets the others misses a bound.
public enum NoRouteReason: Equatable, Sendable {
  /// Every terminal of this city is closed.
  case closed(city: String)
  /// Lifting any one of these restrictions connects the cities (the first is the one reported).
  case cutBy([Restriction])
  /// Only lifting several of these restrictions together connects the cities.
  case cutTogether([Restriction])
  /// The network does not connect the cities, for loose cargo or at all.
  case notConnected(looseCargo: Bool)
  /// What the best route meeting the other constraints achieves, against each bound it misses.
  case boundsMissed([BoundMiss])
  /// Each bound on its own can be met, but not these together.
  case boundsTogether([QueryParameter])
  /// No departure within the horizon before the deadline arrives in time.
  case noDepartureInTime(horizonDays: Int64, deadline: Instant)
  /// A route exists in the network of other dates, but these parts of it are not valid on `date`
  /// ("rail-moscow-helsinki (suspended since 2022-03-28)").
  case notValidOn(date: String, gone: [String])

  public func message(_ wording: ErrorWording) -> String {
    func named(_ restriction: Restriction) -> String {
      "\(wording.parameter(restriction.parameter)) \(restriction.values.joined(separator: ","))"
    }
    switch self {
    case .closed(let city):
      return "every terminal of \(city) is closed"
    case .cutBy(let restrictions):
      guard let first = restrictions.first else { return "the network does not connect them" }
      let others = restrictions.dropFirst().map(named)
      let detail = others.isEmpty ? "" : " (or by \(others.joined(separator: "; ")))"
      if first.parameter == .avoidCountries {
        return
          "every route passes through \(first.values.joined(separator: " or ")): cut by \(named(first))\(detail)"
      }
      return "every route is cut by \(named(first))\(detail)"
    case .cutTogether(let restrictions):
      return "the constraints together cut every route (\(restrictions.map(named).joined(separator: "; ")))"
    case .notConnected(let looseCargo):
      return looseCargo
        ? "the network does not connect them for loose cargo (some services carry full containers only)"
        : "the network does not connect them"
    case .boundsMissed(let misses):
      return misses.map { $0.message(wording) }.joined(separator: "; ")
    case .boundsTogether(let parameters):
      if parameters.isEmpty { return "no route meets all the constraints together" }
      return
        "no route meets these bounds together: \(parameters.map(wording.parameter).joined(separator: ", "))"
    case .noDepartureInTime(let days, let deadline):
      return "no departure in the \(days) days before \(deadline.iso8601) arrives in time"
    case .notValidOn(let date, let gone):
      return "the network of \(date) has no route (\(wording.parameter(.asOf)) \(date)); "
        + "the best route of other dates needs \(gone.joined(separator: ", ")), not valid then"
    }
  }
}

/// A restriction of the query that removes part of the network, with the values given.
public struct Restriction: Equatable, Sendable {
  public var parameter: QueryParameter
  public var values: [String]
  public init(_ parameter: QueryParameter, _ values: [String]) {
    self.parameter = parameter
    self.values = values
  }
}

/// A bound the best route meeting the other constraints misses, and by how much.
public enum BoundMiss: Equatable, Sendable {
  case budget(cheapest: Cents, limit: Cents)
  case maxDuration(fastest: Minutes, limit: Minutes)
  case maxLegs(fewest: Int, limit: Int)
  case maxTransfers(fewest: Int, limit: Int)

  public func message(_ wording: ErrorWording) -> String {
    switch self {
    case .budget(let cheapest, let limit):
      "the cheapest route meeting the other constraints costs USD \(cheapest.dollarsText), over \(wording.parameter(.budget)) USD \(limit.dollarsText)"
    case .maxDuration(let fastest, let limit):
      "the fastest route meeting the other constraints takes \(fastest.compactText), over \(wording.parameter(.maxDuration)) \(limit.compactText)"
    case .maxLegs(let fewest, let limit):
      "every route needs at least \(fewest) legs, more than \(wording.parameter(.maxLegs)) \(limit)"
    case .maxTransfers(let fewest, let limit):
      "every route needs at least \(fewest) transfers, more than \(wording.parameter(.maxTransfers)) \(limit)"
    }
  }
}
