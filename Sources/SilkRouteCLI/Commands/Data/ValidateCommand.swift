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
      print(
        "ok: \(CityCountText.of(data)), \(data.terminals.count) terminals, "
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
