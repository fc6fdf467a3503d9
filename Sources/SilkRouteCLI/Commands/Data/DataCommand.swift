import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data", abstract: "Import, validate and export the network's data files.",
    subcommands: [ImportCommand.self, ValidateCommand.self, ExportCommand.self, GenerateCommand.self])
}

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
        "imported \(data.cities.count) cities, \(data.terminals.count) terminals, "
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

extension DIMACSExport.Weight: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, dimacs
  }

  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a database's network back to canonical CSV files, or one weight as a DIMACS .gr graph.")

  @OptionGroup var database: DatabaseOptions
  @Option(help: "csv (a folder of canonical CSV files) or dimacs (one .gr file).") var format: Format = .csv
  @Option(help: "With dimacs: cost, time or co2.") var weight: DIMACSExport.Weight = .time
  @Option(help: "Folder (csv) or file (dimacs) to write.") var output: String

  func run() throws {
    guard !output.isEmpty else { throw ValidationError("--output must name a folder or file") }
    let data = try database.openStore().load()
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
    switch format {
    case .csv:
      if exists && !isFolder.boolValue {
        throw ValidationError("--output \(output) is a file: csv export writes a folder of files")
      }
      do {
        try DataFolder.write(data, to: URL(fileURLWithPath: output))
      } catch {
        throw StoreError("cannot export to \(FileErrorText.describe(error, path: output))")
      }
      print("exported \(data.cities.count) cities and \(data.services.count) services to \(output)")
    case .dimacs:
      if exists && isFolder.boolValue {
        throw ValidationError("--output \(output) is a folder: dimacs export writes one .gr file")
      }
      let network = try TransportNetwork(data)
      let text = DIMACSExport.graph(network, weight: weight)
      do {
        try text.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
      } catch {
        throw StoreError("cannot write \(FileErrorText.describe(error, path: output))")
      }
      print("exported \(network.terminalCount) nodes, weight \(weight.rawValue), to \(output)")
    }
  }
}
