import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Synchronization
import Testing

@testable import SilkRouteCLI

/// `silkroute matrix`: its cells are the library's, in every format; bad input is one line on
/// stderr and a non-zero exit.
@Suite struct MatrixCommandTests {
  static let runner = CommandRunner(name: "silkroute-matrix-tests")

  /// The command's output for `arguments`, run in this process on the bundled service.
  static func output(_ arguments: [String]) throws -> String {
    let command = try MatrixCommand.parse(arguments)
    let service = try BundledService.shared.get()
    let plan = try service.plan(try command.matrix())
    let text = MatrixText(format: command.format, plan: plan, network: service.network)
    let cells = Mutex<[String]>([])
    _ = service.answer(plan) { cell in
      let line = (try? text.text(cell)) ?? ""
      cells.withLock { $0.append(line) }
    }
    return text.header + cells.withLock { $0 }.sorted().joined()
  }

  @Test func jsonLinesCarryTheLibrarysAnswers() throws {
    let service = try BundledService.shared.get()
    let lines = try Self.output([
      "--from", "Jiaozhou,Almaty", "--to", "Hamburg", "--to", "Moscow", "--format", "json",
    ])
    .split(separator: "\n")
    #expect(lines.count == 4)
    struct Line: Decodable {
      var from: String
      var to: String
      var response: RouteResponse?
    }
    for line in lines {
      let decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
      #expect(decoded.response == (try service.answer(RouteRequest(from: decoded.from, to: decoded.to))))
    }
  }

  @Test func tableAndCSVHaveARowPerRoute() throws {
    let table = try Self.output(["--from", "Jiaozhou", "--to", "Hamburg,Almaty", "--pareto", "cost,time"])
    #expect(table.split(separator: "\n").count == 2 + 24 + 8, "\(table)")
    let csv = try Self.output(["--from", "Jiaozhou", "--to", "all", "--format", "csv"])
    let count = try BundledService.shared.get().network.cityCount
    #expect(csv.split(separator: "\r\n").count == 1 + count - 1)
    #expect(csv.hasPrefix(MatrixCSV.header))
  }

  @Test func aCellsErrorIsInItsRow() throws {
    let table = try Self.output(["--from", "Moscow", "--to", "Hamburg", "--avoid-country", "RU"])
    #expect(table.contains("Moscow") && table.contains("--avoid-country: Moscow is in RU"), "\(table)")
  }

  @Test func theBinaryStreamsEveryCell() throws {
    let run = try Self.runner.run(["matrix", "--from", "all", "--to", "all", "--format", "csv"])
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    let count = try BundledService.shared.get().network.cityCount
    #expect(run.text.split(separator: "\r\n").count == 1 + count * (count - 1))
  }

  @Test func anUnknownCityIsNamedWithTheClosest() throws {
    let run = try Self.runner.run(["matrix", "--from", "Jiaozhou,Almati", "--to", "all"])
    #expect(run.status == CommandFailure.Status.notFound.rawValue)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.hasPrefix("silkroute: unknown city 'Almati': did you mean 'Almaty'")
        && run.stderr.hasSuffix("('silkroute cities' lists them all)\n"), "\(run.stderr)")
  }

  @Test(arguments: [
    ["--to", "all"],
    ["--from", "all"],
    ["--from", "all,Jiaozhou", "--to", "all"],
    ["--from", "all", "--to", "all", "--cargo", "2xBOX"],
    ["--from", "all", "--to", "all", "--format", "xml"],
    ["--from", "all", "--to", "all", "--pareto", "cost", "--alternatives", "2"],
    ["--from", "all", "--to", "all", "--search-time-limit", "-1"],
    ["--from", "all", "--to", "all", "--objective", "slowest"],
  ])
  func malformedInputIsOneLineAndExit64(arguments: [String]) throws {
    let run = try Self.runner.run(["matrix"] + arguments)
    #expect(run.status == CommandFailure.Status.usage.rawValue, "\(arguments): \(run.stderr)")
    #expect(run.stdout.isEmpty, "\(arguments)")
    #expect(
      run.stderr.hasPrefix("silkroute: ") && run.stderr.filter { $0 == "\n" }.count == 1,
      "\(arguments): \(run.stderr)")
  }
}
