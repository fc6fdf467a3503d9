import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI

struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "Answer one route question for many origins and destinations at once.",
    discussion: """
      Every cell is the answer of `silkroute route FROM TO` with the same options: the best route,
      a Pareto front (--pareto) or alternatives, under the same cargo, constraints, departure and
      what-if. Cells whose origin and destination are one city are skipped. A cell without an
      answer (no route, a search past its limit) carries its error, and the others go on. Cells
      are computed on every core and written as they finish (not in order); a progress bar shows
      on stderr when it is a terminal.

      Formats: table (one line per route), csv (a header, then one row per route: USD to the cent,
      minutes, grams of CO2e; or the cell's error), json (JSON Lines: one object per cell, with
      the cell's full answer, the bytes `silkroute route --format json` prints, or its error).

      Exit status: 0 the matrix was computed (whatever its cells' answers); 3 a city of --from or
      --to, or another name, that the network does not know; 64 bad usage; 1 anything else.
      """)

  @Option(help: "Origins: cities (comma-separated or repeated) or all.") var from: [String] = []
  @Option(help: "Destinations: cities (comma-separated or repeated) or all.") var to: [String] = []
  @Option(help: "table, csv or json (JSON Lines).") var format: MatrixFormat = .table

  @OptionGroup var options: RouteOptions
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    for (flag, values) in [("--from", from), ("--to", to)] where RouteOptions.list(values).isEmpty {
      throw ValidationError("\(flag): give cities (comma-separated) or all")
    }
  }

  /// The flags as the one request model, asked of every pair.
  func matrix() throws -> RouteMatrix {
    RouteMatrix(
      origins: try Self.selection(from, flag: "--from"), destinations: try Self.selection(to, flag: "--to"),
      request: try options.request(from: "", to: ""))
  }

  /// `all`, or the cities listed.
  static func selection(_ values: [String], flag: String) throws -> CitySelection {
    let names = RouteOptions.list(values)
    let all = names.filter { $0.lowercased() == CitySelection.allWord }
    guard all.isEmpty else {
      guard names.count == 1 else { throw ValidationError("\(flag): all stands alone, without cities") }
      return .all
    }
    return .cities(names)
  }

  func run() throws {
    let matrix = try matrix()
    let service = try database.loadService()
    let plan = try service.plan(matrix)
    for warning in plan.warnings {
      Warning.print("\(RequestField.flag(forPath: warning.field)): \(warning.message)")
    }
    let output = MatrixText(format: format, plan: plan, network: service.network)
    try write(plan, service: service, output: output, progress: ProgressLine.onTerminal())
  }

  /// Answers every cell and writes each as it finishes; the first write that fails stops the
  /// matrix (a closed pipe: nobody reads the rest).
  func write(_ plan: MatrixPlan, service: BookingService, output: MatrixText, progress: ProgressLine?) throws
  {
    let sink = MatrixSink(total: plan.cellCount, progress: progress)
    try sink.write(output.header)
    let limits = try options.searchBudget()?.limits
    let cancellation = SearchCancellation()
    _ = service.answer(plan, limits: limits, cancellation: cancellation) { cell in
      do {
        try sink.write(try output.text(cell), counting: true)
      } catch {
        sink.fail(error)
        cancellation.cancel()
      }
    }
    progress?.clear()
    try sink.check()
  }
}
