import Foundation
import SilkRoute

/// A matrix as CSV (RFC 4180, with a header row): one row per route of each cell — one for a
/// best route, one per route of a Pareto front or per alternative, numbered from 1 in `route` —
/// or one row carrying the cell's error. Amounts are exact: US dollars to the cent, minutes,
/// grams of CO2e.
public enum MatrixCSV {
  public static let header =
    "from,to,route,cost_usd,time_minutes,co2_grams,distance_km,legs,transfers,documents,modes,error\r\n"

  /// The rows of `cell`, its error phrased by `message`.
  public static func rows(_ cell: MatrixCell, message: (RoutingError) -> String) -> String {
    let cities = [cell.origin.name, cell.destination.name]
    if case .failure(let error) = cell.result {
      return line(cities + Array(repeating: "", count: 9) + [message(error)])
    }
    var text = ""
    for (rank, route) in cell.routes.enumerated() {
      let totals = route.totals
      text += line(
        cities + [
          "\(rank + 1)", totals.costCents.dollarsText, "\(totals.timeMinutes.rawValue)",
          "\(totals.co2Grams.rawValue)", "\(totals.distanceKm.rawValue)", "\(totals.legs)",
          "\(totals.transfers)",
          "\(totals.documents)", totals.modes.map(\.rawValue).joined(separator: "+"), "",
        ])
    }
    return text
  }

  /// One record, fields quoted where they hold a comma, a quote or a line break.
  static func line(_ fields: [String]) -> String {
    fields.map { field in
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\r\n"
  }
}
