import Foundation
import Testing

/// `silkroute route --depart-window FROM/TO [--every STEP]`, run as the built binary.
@Suite(.serialized) struct RouteOptionsDepartWindowTests {
  static let runner = CommandRunner(name: "silkroute-sweep-tests")

  func run(_ arguments: [String]) throws -> CommandRunner.Output { try Self.runner.run(arguments) }

  /// One line per departure, each with its arrival and the objectives it is best for; every
  /// objective marked once.
  @Test func tableHasOneLinePerDeparture() throws {
    let run = try run(["route", "Jiaozhou", "Moscow", "--depart-window", "2026-12-01/2026-12-07"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("Departure sweep: 7 departures every 1d, the cheapest route of each"))
    let lines = run.text.split(separator: "\n").filter { $0.hasPrefix("2026-12-0") }
    #expect(lines.count == 7, "\(run.text)")
    for mark in ["cheapest", "fastest", "greenest", "earliest arrival"] {
      #expect(lines.contains { $0.contains(mark) }, "\(mark): \(run.text)")
    }
  }

  /// `--every` in hours, and the JSON answer carries the sweep.
  @Test func everyAndJSON() throws {
    let run = try run([
      "route", "Jiaozhou", "Hamburg", "--depart-window", "2026-12-01T08:00Z/2026-12-02T08:00Z", "--every",
      "6h",
      "--objective", "fastest", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let response = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let sweep = try #require(response["departureSweep"] as? [String: Any])
    let rows = try #require(sweep["rows"] as? [[String: Any]])
    #expect(rows.count == 5 && sweep["everyMinutes"] as? Int == 360)
    #expect(rows.first?["departure"] as? String == "2026-12-01T08:00Z")
    #expect((sweep["best"] as? [String: Any])?["fastest"] is String)
    #expect(response["itinerary"] == nil)
  }

  /// A malformed window or step: one line naming the flag and the value, exit 64.
  @Test(arguments: [
    (
      ["--depart-window", "2026-12-01"], "--depart-window: '2026-12-01' must look like 2026-12-01/2026-12-14"
    ),
    (["--depart-window", "2026-12-01/soon"], "--depart-window: 'soon' is not an ISO 8601 date-time"),
    (["--depart-window", "2026-12-09/2026-12-01"], "--depart-window: '2026-12-01' is not after"),
    (
      ["--depart-window", "2026-12-01/2026-12-09", "--every", "fortnightly"],
      "--every: 'fortnightly' is not a duration"
    ),
    (["--depart-window", "2026-12-01/2026-12-09", "--every", "0m"], "--every: 0 must be positive"),
    (
      ["--depart-window", "2025-01-01/2026-12-09"],
      "--depart-window: 2025-01-01 to 2026-12-09 every 1440 minutes holds more than 366"
    ),
    (["--every", "1d"], "--every: '1d' is the step of a departure window"),
    (
      ["--depart-window", "2026-12-01/2026-12-09", "--depart", "2026-12-01"], "--depart-window with --depart:"
    ),
    (
      ["--depart-window", "2026-12-01/2026-12-09", "--pareto", "cost,time"], "--depart-window with --pareto:"
    ),
  ])
  func malformedWindowIsOneLine(arguments: [String], message: String) throws {
    expectOneLineError(try run(["route", "Jiaozhou", "Moscow"] + arguments), status: 64, containing: message)
  }

  @Test func geoJSONAndMatrixRefuseAWindow() throws {
    expectOneLineError(
      try run([
        "route", "Jiaozhou", "Moscow", "--depart-window", "2026-12-01/2026-12-03", "--format", "geojson",
      ]),
      status: 64, containing: "--format geojson draws one route: not with --depart-window")
    expectOneLineError(
      try run(["matrix", "--from", "Jiaozhou", "--to", "Moscow", "--depart-window", "2026-12-01/2026-12-03"]),
      status: 64, containing: "--depart-window: a matrix answers one departure per pair")
  }

  /// `--diagram` with a window draws the chart, in every format.
  @Test(arguments: ["svg", "png", "pdf", "dot"])
  func diagramDrawsTheChart(format: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sweep.\(format)").path
    let run = try run([
      "route", "Jiaozhou", "Moscow", "--depart-window", "2026-12-01/2026-12-05", "--diagram", path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.count > 500)
    if format == "svg" || format == "dot" {
      let text = String(decoding: data, as: UTF8.self)
      #expect(
        text.contains(format == "svg" ? "2026&#45;12&#45;05" : "2026-12-05") && text.contains("Jiaozhou"),
        "\(format)")
    }
  }
}
