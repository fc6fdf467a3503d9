import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check a data folder without writing anything.")

  @Argument(help: "Folder of CSV files (default: the bundled Data/).") var folder: String?

  func run() throws {
    let url = try folder.map { URL(fileURLWithPath: $0) } ?? BundledNetwork.dataFolder()
    do {
      let data = try DataFolder.load(url)
      let cities = data.cities.filter { $0.status != .transit }
      let countries = Set(cities.map(\.country)).count
      let transit = data.cities.count - cities.count
      print(
        "ok: \(cities.count) cities in \(countries) countries"
          + (transit > 0 ? " and \(transit) transit point\(transit == 1 ? "" : "s")" : "")
          + ", \(data.terminals.count) terminals, "
          + "\(data.services.count) services, \(data.transfers.count) transfers, "
          + "\(data.borderCrossings.count) border crossings, \(data.sources.count) sources")
    } catch {
      // Every problem on stdout, one per line; the summary line goes to stderr.
      for problem in error.problems { print(problem) }
      throw ValidationFailure(count: error.problems.count)
    }
  }

  struct ValidationFailure: Error, CustomStringConvertible {
    var count: Int
    var description: String { "\(count) problem(s) found" }
  }
}
