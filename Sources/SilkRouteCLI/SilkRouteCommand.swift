import ArgumentParser
import Foundation

/// `silkroute`: multimodal freight routes on the SCODA network.
@main
struct SilkRouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "silkroute",
    abstract: "Multimodal freight routing on the China-SCO (SCODA) logistics network.",
    subcommands: [RouteCommand.self, CitiesCommand.self, DataCommand.self]
  )

  /// Runs the command; any error becomes one line on stderr and a non-zero exit.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)  // --help, --version: printed to stdout by ArgumentParser
      }
      let message =
        Self.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "\(error)"
      FileHandle.standardError.write(Data("silkroute: \(message)\n".utf8))
      Foundation.exit(code.rawValue)  // 64 for bad usage, 1 otherwise
    }
  }
}

/// Options shared by every command that reads a network.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "SQLite database to read (default: the bundled SCODA network, built from Data/ on first use).")
  var db: String?
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
