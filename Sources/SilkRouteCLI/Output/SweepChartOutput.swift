import SilkRoute
import SilkRouteAPI
import SilkRouteGraphviz

/// `--diagram FILE` with `--depart-window`: the sweep's cost and days per departure as a chart.
enum SweepChartOutput {
  static func write(_ sweep: DepartureSweep, query: RouteQuery, to path: String) throws {
    try DepartureChart.write(title: title(sweep, query: query), days: days(sweep), to: path)
  }

  static func title(_ sweep: DepartureSweep, query: RouteQuery) -> String {
    let route = sweep.rows.compactMap(\.itinerary).first
    let cities = "\(route?.origin.name ?? query.from) → \(route?.destination.name ?? query.to)"
    return "\(cities): the \(sweep.objective.rawValue) route per departure"
  }

  /// Each row as a chart day, labelled by its date (and time, when the sweep steps within days).
  static func days(_ sweep: DepartureSweep) -> [DepartureChart.Day] {
    let daily =
      sweep.everyMinutes.rawValue % 1440 == 0
      && sweep.rows.allSatisfy {
        $0.departure.minutesSinceEpoch % 1440 == sweep.rows[0].departure.minutesSinceEpoch % 1440
      }
    return sweep.rows.map { row in
      let label = daily ? String(row.departure.iso8601.prefix(10)) : row.departure.iso8601
      return DepartureChart.Day(
        label: label, costCents: row.costCents, timeMinutes: row.timeMinutes, marks: sweep.marks(of: row),
        note: row.noRoute)
    }
  }
}
