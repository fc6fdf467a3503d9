/// A parameter of a route query, for errors that name one.
public enum QueryParameter: String, Sendable, Hashable, CaseIterable, Codable {
  case from, to, cargo, cargoClass, declaredValue, objective, departure, arriveBy, asOf
  case avoidCountries, avoidModes, avoidCarriers, avoidCrossings, via
  case maxLegs, maxTransfers, budget, maxDuration, singleDocument
  case closures, delays, pareto, alternatives
  case currency
}
