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
      print("exported \(CityCountText.of(data)) and \(data.services.count) services to \(output)")
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
