import Foundation
import SilkRouteStore
import Testing

/// `silkroute data generate`, run for real, then routed over.
@Suite(.serialized) struct GenerateCommandTests {
  typealias Run = CommandRunner.Output
  static let runner = CommandRunner(name: "silkroute-generate-tests")

  func run(_ arguments: [String]) throws -> Run { try Self.runner.run(arguments) }

  @Test func generatesADatabaseThatRoutes() throws {
    let db = Self.runner.scratch.appendingPathComponent("generated-\(UUID().uuidString).sqlite").path
    try FileManager.default.createDirectory(at: Self.runner.scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: db) }
    let generated = try run(["data", "generate", "--terminals", "500", "--seed", "7", "--output", db])
    #expect(generated.status == 0, "\(generated.stderr)")
    #expect(generated.text.hasPrefix("generated 500 terminals in "), "\(generated.text)")
    #expect(generated.stderr.isEmpty, "no progress when stderr is not a terminal: \(generated.stderr)")

    let cities = try NetworkStore(path: db).load().cities
    let from = try #require(cities.first)
    let to = try #require(cities.last { $0.country != from.country })
    let routed = try run(["route", from.id, to.id, "--db", db])
    #expect(routed.status == 0, "\(routed.stderr)")
    #expect(routed.text.contains("Total: USD "), "\(routed.text)")
  }

  @Test func rejectsABadTerminalCount() throws {
    expectOneLineError(
      try run(["data", "generate", "--terminals", "5", "--output", "/tmp/never.sqlite"]),
      containing: "terminal count 5 is outside 10...1000000")
  }

  @Test func rejectsAnUnwritableOutput() throws {
    expectOneLineError(
      try run(["data", "generate", "--terminals", "100", "--output", "/proc/no-such-dir/x.sqlite"]),
      containing: "cannot write /proc/no-such-dir/x.sqlite")
  }
}
