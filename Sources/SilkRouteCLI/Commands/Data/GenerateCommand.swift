import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore
import SilkRouteSynthetic

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate a seeded synthetic network of any size into a new database.",
    discussion: """
      The same --terminals, --seed and --services-per-terminal always give a byte-identical \
      database. Progress is shown on stderr when it is a terminal.
      """)

  @Option(help: "Terminals (graph nodes) to generate, 10...1000000.") var terminals: Int
  @Option(help: "Random seed.") var seed: UInt64 = 1
  @Option(help: "Service records per terminal (each runs both ways), 1...40.")
  var servicesPerTerminal: Int = 10
  @Option(help: "Database file to write (replaced if it exists).") var output: String

  func parameters() throws(SyntheticNetwork.ParameterError) -> SyntheticNetwork.Parameters {
    try SyntheticNetwork.Parameters(
      terminals: terminals, seed: seed, servicesPerTerminal: servicesPerTerminal)
  }

  func validate() throws {
    do {
      _ = try parameters()
    } catch {
      throw ValidationError(error.message)
    }
  }

  func run() throws {
    let parameters = try parameters()
    // Fail before a long run when the output cannot be written.
    let temporary = output + ".generating-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
      throw StoreError("cannot write \(output): \(String(cString: strerror(errno)))")
    }
    try? FileManager.default.removeItem(atPath: temporary)
    defer { try? FileManager.default.removeItem(atPath: temporary) }

    let line = ProgressLine.onTerminal()
    let clock = ContinuousClock()
    let started = clock.now
    let data = SyntheticNetwork.generate(parameters) { stage, fraction in
      line?.show("generating: \(stage.rawValue)", fraction: fraction)
    }
    let generated = clock.now
    line?.show("writing \(output)", fraction: nil)
    // A fresh file, renamed over the output: the bytes depend on the parameters only.
    try DatabaseFile.importData(data, into: temporary)
    guard rename(temporary, output) == 0 else {
      throw StoreError("cannot write \(output): \(String(cString: strerror(errno)))")
    }
    let written = clock.now
    line?.clear()

    let arcs = data.services.reduce(0) { $0 + ($1.bidirectional ? 2 : 1) }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    let countries = data.countries.count
    print(
      "generated \(data.terminals.count) terminals in \(data.cities.count) cities of \(countries) countries: "
        + "\(data.services.count) services (\(arcs) arcs), \(data.transfers.count) transfers, "
        + "\(data.borderCrossings.count) border crossings, \(data.timetables.count) timetables, "
        + "\(data.operators.count) operators (seed \(seed)) in \(Self.seconds(generated - started)) s; "
        + "wrote \(output) (\(Self.megabytes(bytes)) MB) in \(Self.seconds(written - generated)) s")
  }

  static func seconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    return String(format: "%.2f", value)
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
}
