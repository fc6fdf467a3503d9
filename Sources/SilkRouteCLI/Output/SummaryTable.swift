import Foundation
import SilkRoute
import SilkRouteAPI

/// One-line summaries of several routes: Pareto fronts, alternatives, disruption impacts.
enum SummaryTable {
  static func days(_ minutes: Minutes) -> String { String(format: "%.1f d", minutes.days) }
  static func tonnes(_ grams: Grams) -> String {
    String(format: "%.2f t", Double(grams.rawValue) / 1_000_000)
  }

  /// `rail+sea` and the cities where the route changes vehicle.
  static func via(_ itinerary: Itinerary) -> String {
    var cities: [String] = []
    for leg in itinerary.legs.dropLast() where cities.last != leg.to.city.name {
      cities.append(leg.to.city.name)
    }
    return cities.isEmpty ? "direct" : cities.joined(separator: ", ")
  }

  static func header(_ query: RouteQuery, _ first: Itinerary) -> String {
    "\(first.origin.name) (\(first.origin.country)) → \(first.destination.name) (\(first.destination.country))  ·  "
      + "\(query.cargo) \(query.cargo.cargoClass.rawValue)"
      + (query.departure.map { "  ·  ready \($0.iso8601)" } ?? "") + "\n\n"
  }

  /// One line per route: USD, time, CO2e and — when documents are a criterion or the network
  /// models them — the transport documents (`docs`: `1 B/L` or a count), so that every criterion
  /// asked for tells two routes apart.
  static func pareto(
    _ front: [Itinerary], criteria: [Criterion], query: RouteQuery, approximation: ParetoApproximation? = nil,
    incomplete: ParetoIncompleteness? = nil
  ) -> String {
    guard let first = front.first else { return "" }
    let showsDocuments = criteria.contains(.documents) || front.contains { $0.documentPlan != nil }
    var rows = [["#", "USD", "time", "CO2e"] + (showsDocuments ? ["docs"] : []) + ["modes", "via"]]
    for (index, route) in front.enumerated() {
      rows.append(
        [
          "\(index + 1)", route.totals.costCents.dollarsText, days(route.totals.timeMinutes),
          tonnes(route.totals.co2Grams),
        ] + (showsDocuments ? [documents(route)] : []) + [
          route.totals.modes.map(\.rawValue).joined(separator: "+"), via(route),
        ])
    }
    let kind =
      approximation.map { "Approximate Pareto front (epsilon \($0.epsilon))" } ?? "Pareto front"
    let guarantee =
      (approximation.map { "Guarantee: \($0.guarantee).\n" } ?? "")
      + (incomplete.map { "Incomplete: \($0.reason); \($0.statement).\n" } ?? "")
    return header(query, first)
      + "\(kind) over \(criteria.map(\.rawValue).joined(separator: ", ")): \(front.count) route(s), by cost\n"
      + guarantee + "\n"
      + ItineraryTable.layout(rows, rightAligned: Set(0...(showsDocuments ? 5 : 4)))
  }

  /// `1 B/L` for a through bill of lading, else the number of documents.
  static func documents(_ route: Itinerary) -> String {
    route.documentPlan?.kind == .throughBillOfLading ? "1 B/L" : "\(route.totals.documents)"
  }

  static func alternatives(_ routes: [AlternativeRoute], query: RouteQuery) -> String {
    guard let first = routes.first else { return "" }
    var text =
      header(query, first.itinerary) + "\(routes.count) alternative(s), \(query.objective.rawValue) first\n\n"
    var rows = [["#", "USD", "time", "CO2e", "modes", "via"]]
    for route in routes {
      let totals = route.itinerary.totals
      rows.append([
        "\(route.rank)", totals.costCents.dollarsText, days(totals.timeMinutes), tonnes(totals.co2Grams),
        totals.modes.map(\.rawValue).joined(separator: "+"), via(route.itinerary),
      ])
    }
    text += ItineraryTable.layout(rows, rightAligned: [0, 1, 2, 3]) + "\n"
    for route in routes { text += "\(route.rank). \(route.distinction)\n" }
    return text
  }

  static func impact(_ impact: DisruptionImpact) -> String {
    guard let baseline = impact.baseline else { return "\nNo undisrupted baseline route to compare with." }
    let cost = impact.costChange
    return "\nAgainst the undisrupted baseline (USD \(baseline.totals.costCents.dollarsText), "
      + "\(days(baseline.totals.timeMinutes)), via \(via(baseline))): "
      + (impact.rerouted ? "rerouted; " : "same services; ")
      + "\(impact.timeChange >= .zero ? "+" : "−")\(ItineraryTable.duration(Minutes(abs(impact.timeChange.rawValue)))), "
      + "\(cost >= .zero ? "+" : "−")USD \(Cents(abs(cost.rawValue)).dollarsText), "
      + "\(impact.co2Change >= .zero ? "+" : "−")\(tonnes(Grams(abs(impact.co2Change.rawValue)))) CO2e"
  }
}
