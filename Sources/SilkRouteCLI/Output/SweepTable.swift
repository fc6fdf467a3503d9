import SilkRoute
import SilkRouteAPI

/// A departure sweep as a table: one line per departure (its route's arrival, cost, time, CO2e
/// and the objectives it is best for), then why the departures without a route have none.
enum SweepTable {
  static func render(_ sweep: DepartureSweep, query: RouteQuery) -> String {
    var rows = [["departure", "arrival", "USD", "time", "CO2e", "modes", "via", "best"]]
    var reasons: [String] = []
    for row in sweep.rows {
      let departure = row.departure.iso8601
      guard let route = row.itinerary else {
        rows.append([departure, "no route", "-", "-", "-", "", "", ""])
        reasons.append("\(departure): \(row.noRoute ?? "no route")")
        continue
      }
      rows.append([
        departure, route.arrival?.iso8601 ?? "-", route.totals.costCents.dollarsText,
        SummaryTable.days(route.totals.timeMinutes), SummaryTable.tonnes(route.totals.co2Grams),
        route.totals.modes.map(\.rawValue).joined(separator: "+"), SummaryTable.via(route),
        sweep.marks(of: row).joined(separator: ", "),
      ])
    }
    let every = sweep.everyMinutes
    let step = every.rawValue % 1440 == 0 ? "\(every.rawValue / 1440)d" : "\(every.rawValue)m"
    let header =
      sweep.rows.compactMap(\.itinerary).first.map { SummaryTable.header(query, $0) }
      ?? "\(query.from) → \(query.to)  ·  \(query.cargo) \(query.cargo.cargoClass.rawValue)\n\n"
    return header
      + "Departure sweep: \(sweep.rows.count) departures every \(step), the \(sweep.objective.rawValue) route of each\n\n"
      + ItineraryTable.layout(rows, rightAligned: [2, 3, 4])
      + (reasons.isEmpty ? "" : "\n" + reasons.joined(separator: "\n") + "\n")
  }
}
