import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data", abstract: "Import, validate and export the network's data files.",
    subcommands: [
      ImportCommand.self, ValidateCommand.self, ExportCommand.self, GenerateCommand.self, CompileCommand.self,
    ])
}
