import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct ExportCommand: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, dimacs
  }

  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a database's network back to canonical CSV files, or its weights as DIMACS .gr graphs.",
    discussion: """
      With --format dimacs and one --weight, --output names the .gr file; with several, it is a \
      prefix: --weight cost --weight time --output out/net writes out/net-cost.gr and \
      out/net-time.gr, with the same arcs in the same order.
      """)

  @OptionGroup var database: DatabaseOptions
  @Option(help: "csv (a folder of canonical CSV files) or dimacs (one .gr file per weight).") var format:
    Format =
      .csv
  @Option(help: "With dimacs: cost, time or co2; repeat for one file per criterion (default: time).")
  var weight: [DIMACSExport.Weight] = []
  @Option(help: "Folder (csv), file (dimacs, one --weight) or file prefix (dimacs, several) to write.")
  var output: String

  func validate() throws {
    _ = try DIMACSExport.Weight.distinct(weight)
  }

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
      print("exported \(CityCountText.of(data)) and \(data.services.count) services to \(output)")
    case .dimacs:
      try exportDIMACS(try TransportNetwork(data), weights: try DIMACSExport.Weight.distinct(weight))
    }
  }

  /// Writes one `.gr` file per weight: `--output` itself for one, `PREFIX-<weight>.gr` for several.
  private func exportDIMACS(_ network: TransportNetwork, weights: [DIMACSExport.Weight]) throws {
    let paths = weights.count == 1 ? [output] : weights.map { DIMACSExport.path(prefix: output, weight: $0) }
    for path in paths {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue {
        throw ValidationError(
          weights.count == 1
            ? "--output \(output) is a folder: dimacs export writes one .gr file"
            : "\(path) is a folder: dimacs export with several --weight writes PREFIX-<weight>.gr files")
      }
    }
    for (path, weight) in zip(paths, weights) {
      let text = DIMACSExport.graph(network, weight: weight)
      do {
        try text.write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
      } catch {
        throw StoreError("cannot write \(FileErrorText.describe(error, path: path))")
      }
    }
    let names = weights.map(\.rawValue).joined(separator: ", ")
    print(
      "exported \(network.terminalCount) nodes, \(weights.count == 1 ? "weight" : "weights") \(names), "
        + "to \(paths.joined(separator: ", "))")
  }
}
