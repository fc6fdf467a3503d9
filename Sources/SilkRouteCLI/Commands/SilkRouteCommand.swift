import ArgumentParser
import Foundation
import SilkRoute

/// `silkroute`: multimodal freight routes on the SCODA network.
@main
struct SilkRouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "silkroute",
    abstract: "Multimodal freight routing on the China-SCO (SCODA) logistics network.",
    subcommands: [
      RouteCommand.self, MatrixCommand.self, BatchCommand.self, CitiesCommand.self, NamesCommand.self,
      DataCommand.self,
      DiagramCommand.self,
      ServeCommand.self,
    ]
  )

  /// Runs the command; any error becomes one line on stderr and the exit status of its class
  /// (``CommandFailure``).
  static func main() async {
    do {
      var command = try parseAsRoot(Self.defaultingParetoCriteria(Array(CommandLine.arguments.dropFirst())))
      if var command = command as? any AsyncParsableCommand {
        try await command.run()  // `serve`
      } else {
        try command.run()
      }
    } catch {
      if exitCode(for: error) == .success {
        exit(withError: error)  // --help, --version: printed to stdout by ArgumentParser
      }
      let failure = CommandFailure(error)
      FileHandle.standardError.write(Data("silkroute: \(failure.message)\n".utf8))
      Foundation.exit(failure.status.rawValue)
    }
  }
}

extension SilkRouteCommand {
  /// `--pareto` may stand alone: it then means `--pareto cost,time,co2`.
  static func defaultingParetoCriteria(_ arguments: [String]) -> [String] {
    var result: [String] = []
    for (index, argument) in arguments.enumerated() {
      result.append(argument)
      guard argument == "--pareto" else { continue }
      let next = index + 1 < arguments.count ? arguments[index + 1] : nil
      // A comma list (even a wrong one, so validation can name the bad word) or one criterion.
      let isCriteria = next.map { $0.contains(",") || Criterion(rawValue: $0.lowercased()) != nil } ?? false
      if !isCriteria { result.append(Criterion.standard.map(\.rawValue).joined(separator: ",")) }
    }
    return result
  }
}
