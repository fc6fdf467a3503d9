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
    abstract: "Read a data folder, or DIMACS .gr graphs, into a database in one transaction: all or nothing.",
    discussion: """
      With --format dimacs, --from and --weight pair in order: --from X-d.gr --weight cost \
      --from X-t.gr --weight time reads one network whose services carry both criteria (the files \
      must have the same arcs in the same order). One --from alone is read as time.
      """
  )

  @Option(help: "csv (a folder of CSV files) or dimacs (9th DIMACS .gr graphs).") var format: Format = .csv
  @Option(
    help:
      "Folder of CSV files (default: the bundled Data/), or with dimacs a .gr file (repeat, one per --weight)."
  )
  var from: [String] = []
  @Option(
    help: """
      With dimacs: the criterion the paired --from file's arc weights are, cost (cents), time (minutes) \
      or co2 (grams); repeat, once per --from (default: time).
      """)
  var weight: [DIMACSExport.Weight] = []
  @Option(help: "With dimacs: a .co file placing the nodes (millionths of a degree).") var coordinates:
    String?
  @Option(help: "Database to create or replace.") var db: String

  /// The criteria of the `--from` files, in order.
  func weights() throws(ValidationError) -> [DIMACSExport.Weight] {
    let weights = try DIMACSExport.Weight.distinct(weight)
    guard weights.count == from.count else {
      throw ValidationError(
        "--from and --weight pair in order: \(from.count) --from but \(weight.count) --weight")
    }
    return weights
  }

  func validate() throws {
    switch format {
    case .csv:
      if coordinates != nil { throw ValidationError("--coordinates is for --format dimacs") }
      if from.count > 1 { throw ValidationError("--format csv reads one folder: give --from once") }
    case .dimacs:
      guard !from.isEmpty else { throw ValidationError("--format dimacs needs --from FILE.gr") }
      _ = try weights()
    }
  }

  func run() throws {
    switch format {
    case .csv:
      let folder = try from.first.map { URL(fileURLWithPath: $0) } ?? BundledNetwork.dataFolder()
      let data = try DataFolder.load(folder)
      try DatabaseFile.importData(data, into: db)
      print(
        "imported \(CityCountText.of(data)), \(data.terminals.count) terminals, "
          + "\(data.services.count) services, \(data.transfers.count) transfers into \(db) "
          + "(version \(NetworkStore.version(of: data)))")
    case .dimacs:
      let weights = try weights()
      var graphs: [DIMACSImport.WeightedGraph] = []
      for (file, weight) in zip(from, weights) {
        graphs.append(DIMACSImport.WeightedGraph(try DIMACSGraph.read(file), weight: weight))
      }
      let placed = try coordinates.map(DIMACSCoordinates.read)
      let data = try DIMACSImport.network(from: graphs, coordinates: placed)
      // The builder's checks, so an invalid network never reaches the database.
      _ = try TransportNetwork(data)
      try DatabaseFile.importData(data, into: db)
      // The version the import stamped, read back rather than hashing a large network twice.
      let version = try NetworkStore(path: db).datasetVersion() ?? "unknown"
      guard let graph = graphs.first?.graph else { return }
      print(
        "imported \(graph.nodeCount) nodes and \(graph.arcCount) arcs, "
          + "\(weights.count == 1 ? "weight" : "weights") \(weights.map(\.rawValue).joined(separator: ", ")), "
          + "into \(db) (version \(version))")
    }
  }
}
