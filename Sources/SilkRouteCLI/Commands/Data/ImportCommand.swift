import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct ImportCommand: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, dimacs
  }

  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a data folder, or a DIMACS .gr graph, into a database in one transaction: all or nothing."
  )

  @Option(help: "csv (a folder of CSV files) or dimacs (a 9th DIMACS .gr graph).") var format: Format = .csv
  @Option(help: "Folder of CSV files (default: the bundled Data/), or with dimacs the .gr file.")
  var from: String?
  @Option(
    help: "With dimacs: the criterion the arc weights are, cost (cents), time (minutes) or co2 (grams).")
  var weight: DIMACSExport.Weight = .time
  @Option(help: "With dimacs: a .co file placing the nodes (millionths of a degree).") var coordinates:
    String?
  @Option(help: "Database to create or replace.") var db: String

  func validate() throws {
    if format == .csv && coordinates != nil {
      throw ValidationError("--coordinates is for --format dimacs")
    }
  }

  func run() throws {
    switch format {
    case .csv:
      let folder = try from.map { URL(fileURLWithPath: $0) } ?? BundledNetwork.dataFolder()
      let data = try DataFolder.load(folder)
      try DatabaseFile.importData(data, into: db)
      print(
        "imported \(CityCountText.of(data)), \(data.terminals.count) terminals, "
          + "\(data.services.count) services, \(data.transfers.count) transfers into \(db) "
          + "(version \(NetworkStore.version(of: data)))")
    case .dimacs:
      guard let from else { throw ValidationError("--format dimacs needs --from FILE.gr") }
      let graph = try DIMACSGraph.read(from)
      let placed = try coordinates.map(DIMACSCoordinates.read)
      let data = try DIMACSImport.network(from: graph, weight: weight, coordinates: placed)
      // The builder's checks, so an invalid network never reaches the database.
      _ = try TransportNetwork(data)
      try DatabaseFile.importData(data, into: db)
      // The version the import stamped, read back rather than hashing a large network twice.
      let version = try NetworkStore(path: db).datasetVersion() ?? "unknown"
      print(
        "imported \(graph.nodeCount) nodes and \(graph.arcCount) arcs, weight \(weight.rawValue), "
          + "into \(db) (version \(version))")
    }
  }
}
