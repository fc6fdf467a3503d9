import Foundation
import SilkRoute
import SilkRouteAPI

/// The cells of `silkroute matrix` as text, one cell at a time (they stream as they finish): a
/// fixed-width table, CSV (``MatrixCSV``) or JSON Lines (``MatrixLine``). Errors are phrased as
/// `silkroute route` phrases them.
struct MatrixText: Sendable {
  let format: MatrixFormat
  /// Width of the city columns: the longest name of the matrix.
  let cityWidth: Int

  init(format: MatrixFormat, plan: MatrixPlan, network: TransportNetwork) {
    self.format = format
    let names = (plan.origins + plan.destinations).map { network.city($0).name.count }
    cityWidth = max(4, names.max() ?? 0)
  }

  /// What comes before the first cell.
  var header: String {
    switch format {
    case .json: ""
    case .csv: MatrixCSV.header
    case .table:
      row(["from", "to", "#", "USD", "time", "CO2e", "modes"])
        + row(
          [cityWidth, cityWidth, 2, 11, 7, 9, 5].map { String(repeating: "─", count: $0) })
    }
  }

  /// The cell's line or lines.
  func text(_ cell: MatrixCell) throws -> String {
    switch format {
    case .json:
      return String(decoding: try MatrixLine(cell, failure: MatrixCellFailure.init).encoded(), as: UTF8.self)
    case .csv:
      return MatrixCSV.rows(cell) { CommandFailure($0).message }
    case .table:
      let cities = [cell.origin.name, cell.destination.name]
      if case .failure(let error) = cell.result {
        return String(row(cities + ["–"]).dropLast()) + "  " + CommandFailure(error).message + "\n"
      }
      return cell.routes.enumerated().map { rank, route in
        let totals = route.totals
        return row(
          cities + [
            "\(rank + 1)", totals.costCents.dollarsText, SummaryTable.days(totals.timeMinutes),
            SummaryTable.tonnes(totals.co2Grams), totals.modes.map(\.rawValue).joined(separator: "+"),
          ])
      }.joined()
    }
  }

  /// One table row: cities left-aligned, numbers right-aligned, the last column as it is.
  private func row(_ cells: [String]) -> String {
    let widths = [cityWidth, cityWidth, 2, 11, 7, 9]
    var text = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { text += "  " }
      guard index < widths.count else {
        text += cell
        continue
      }
      let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
      text += index < 2 ? cell + padding : padding + cell
    }
    while text.last == " " { text.removeLast() }
    return text + "\n"
  }
}
