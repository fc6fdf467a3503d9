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
