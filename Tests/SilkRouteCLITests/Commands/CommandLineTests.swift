import Foundation
import Testing

/// Runs the built `silkroute` binary for real, on the bundled network (built into a scratch
/// cache) and on bad input.
@Suite(.serialized) struct CommandLineTests {
  typealias Run = CommandRunner.Output
  static let runner = CommandRunner(name: "silkroute-cli-tests")
  static var cache: URL { runner.scratch }
  static var repository: URL { CommandRunner.repository }

  func run(_ arguments: [String]) throws -> Run { try Self.runner.run(arguments) }

  @Test func routeTable() throws {
    let run = try run(["route", "Jiaozhou", "Almaty"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("Jiaozhou (CN) → Almaty (KZ)"))
    #expect(run.text.contains("Total: USD "))
    #expect(run.text.contains("customs"))
  }

  @Test func routeJSON() throws {
    let run = try run([
      "route", "qingdao", "rotterdam", "--objective", "fastest", "--cargo", "2xTEU", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let response = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    // The versioned contract: apiVersion, the data's content hash, the tariff dates used.
    #expect(response["apiVersion"] as? String == "1")
    #expect((response["dataVersion"] as? String)?.count == 16)
    #expect((response["tariffDates"] as? [String: Any])?["earliest"] is String)
    let json = try #require(response["itinerary"] as? [String: Any])
    let steps = try #require(json["steps"] as? [[String: Any]])
    let modes = steps.compactMap { $0["step"] as? String == "leg" ? $0["mode"] as? String : nil }
    #expect(!modes.isEmpty && modes.allSatisfy { ["sea", "rail", "road", "air"].contains($0) })
    let totals = try #require(json["totals"] as? [String: Any])
    #expect((totals["costCents"] as? Int ?? 0) > 0)
    #expect((json["cargo"] as? [String: Any])?["unit"] as? String == "TEU")
  }

  @Test func citiesJSONListsTheNetwork() throws {
    let run = try run(["cities", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let cities = try #require(
      try JSONSerialization.jsonObject(with: Data(run.text.utf8)) as? [[String: Any]])
    #expect(cities.count == 49)
    #expect(Set(cities.compactMap { $0["country"] as? String }).count == 20)
    #expect(cities.allSatisfy { ($0["terminals"] as? [Any])?.isEmpty == false && $0["latitude"] is Double })
  }

  @Test func unknownCitySuggestsTheClosest() throws {
    expectOneLineError(
      try run(["route", "Jiaozou", "Almaty"]), containing: "unknown city 'Jiaozou': did you mean 'Jiaozhou'")
  }

  @Test func malformedCargo() throws {
    expectOneLineError(
      try run(["route", "Jiaozhou", "Almaty", "--cargo", "3xBOX"]), containing: "malformed cargo '3xBOX'")
  }

  @Test func missingDatabase() throws {
    expectOneLineError(
      try run(["route", "Jiaozhou", "Almaty", "--db", "/nonexistent/x.sqlite"]),
      containing: "database not found")
  }

  @Test func unknownObjectiveAndMissingArgument() throws {
    expectOneLineError(try run(["route", "Jiaozhou", "Almaty", "--objective", "cheap"]), containing: "cheap")
    expectOneLineError(try run(["route", "Jiaozhou"]), containing: "Missing expected argument")
  }

  @Test func importValidateExportRoundTrip() throws {
    let folder = Self.cache.appendingPathComponent("roundtrip-\(UUID().uuidString)")
    let db = folder.appendingPathComponent("net.sqlite").path
    let validate = try run(["data", "validate"])
    #expect(
      validate.status == 0 && validate.text.hasPrefix("ok: 49 cities in 20 countries"), "\(validate.stderr)"
    )
    let imported = try run(["data", "import", "--db", db])
    #expect(imported.status == 0, "\(imported.stderr)")
    let exported = try run([
      "data", "export", "--db", db, "--output", folder.appendingPathComponent("out").path,
    ])
    #expect(exported.status == 0, "\(exported.stderr)")
    let gr = folder.appendingPathComponent("scoda-time.gr")
    let dimacs = try run([
      "data", "export", "--db", db, "--format", "dimacs", "--weight", "time", "--output", gr.path,
    ])
    #expect(dimacs.status == 0, "\(dimacs.stderr)")
    let graph = try String(contentsOf: gr, encoding: .utf8)
    #expect(graph.hasPrefix("c SilkRoute network: 149 terminals, weight time in minutes"))
    #expect(graph.contains("\np sp 149 "))
    let routed = try run(["route", "Jiaozhou", "Moscow", "--db", db, "--objective", "greenest"])
    #expect(routed.status == 0, "\(routed.stderr)")
  }

  @Test func validateReportsLocatedProblems() throws {
    let folder = Self.cache.appendingPathComponent("broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = Self.repository.appendingPathComponent("Data")
    for file in try FileManager.default.contentsOfDirectory(atPath: data.path) where file.hasSuffix(".csv") {
      try FileManager.default.copyItem(
        at: data.appendingPathComponent(file), to: folder.appendingPathComponent(file))
    }
    let services = folder.appendingPathComponent("services.csv")
    let text = try String(contentsOf: services, encoding: .utf8)
    try
      (text + "broken,rail,nobody,nowhere,jiaozhou-rail,yes,100,1d,,,1.00,,22,general,,smgs,,,x,x,x,,x,,,,,\n")
      .write(to: services, atomically: false, encoding: .utf8)
    let run = try run(["data", "validate", folder.path])
    #expect(run.status != 0)
    let line = text.split(separator: "\n").count + 1
    #expect(run.text.contains("services.csv:\(line):"), "\(run.text)")
    #expect(run.text.contains("unknown carrier 'nobody'"))
    #expect(run.text.contains("unknown terminal 'nowhere'"))
    // And import refuses it, leaving no database behind.
    let db = folder.appendingPathComponent("x.sqlite").path
    let imported = try self.run(["data", "import", "--from", folder.path, "--db", db])
    expectOneLineError(imported, containing: "services.csv:\(line):")
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func paretoFrontTableAndJSON() throws {
    let table = try run(["route", "Jiaozhou", "Hamburg", "--pareto"])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.text.contains("Pareto front over cost, time, co2"))
    let json = try run(["route", "Jiaozhou", "Hamburg", "--pareto", "cost,time", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let routes = try #require(object["paretoFront"] as? [[String: Any]])
    let points = routes.compactMap { route -> (Int, Int)? in
      guard let totals = route["totals"] as? [String: Any], let cost = totals["costCents"] as? Int,
        let time = totals["timeMinutes"] as? Int
      else { return nil }
      return (cost, time)
    }
    #expect(points.count == routes.count && points.count >= 2)
    // Sorted by cost, and no route dominates another.
    #expect(points.map(\.0) == points.map(\.0).sorted())
    for a in points {
      for b in points where a != b { #expect(!(a.0 <= b.0 && a.1 <= b.1), "\(a) dominates \(b)") }
    }
  }

  @Test func alternativesExplainThemselves() throws {
    let run = try run(["route", "Jiaozhou", "Almaty", "--alternatives", "3"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("1. best cheapest route"))
    #expect(run.text.contains("2. "))
  }

  @Test func timetabledRouteShowsDatesAndConstraintsExplainFailures() throws {
    let timed = try run([
      "route", "Jiaozhou", "Almaty", "--depart", "2026-12-01T08:00Z", "--avoid-mode", "air,road",
    ])
    #expect(timed.status == 0, "\(timed.stderr)")
    #expect(timed.text.contains("departs") && timed.text.contains("arrives 2026-12-"))
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--avoid-country", "KZ,RU,MN", "--avoid-mode", "sea,air"]),
      containing: "every route passes through")
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--budget", "1000"]), containing: "over --budget USD 1000.00")
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--close", "Sues"]), containing: "did you mean 'suez'")
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--depart", "yesterday"]), containing: "--depart: 'yesterday'")
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--delay", "Brest"]), containing: "--delay: 'Brest'")
    expectOneLineError(
      try run(["route", "Jiaozhou", "Hamburg", "--pareto", "cost,speed"]), containing: "speed")
  }

  @Test func disruptionIsComparedWithTheBaseline() throws {
    let run = try run([
      "route", "Jiaozhou", "Hamburg", "--objective", "fastest", "--avoid-mode", "air", "--close", "Suez",
      "--delay", "Brest-Malaszewicze=10d",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("Against the undisrupted baseline"))
  }

  @Test func singleBillOfLadingDraftAndDocumentsCriterion() throws {
    let run = try run([
      "route", "Jiaozhou", "Moscow", "--avoid-mode", "rail,road,sea", "--single-bl", "--bl-draft", "--value",
      "250000",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("Documents: one"))
    #expect(run.text.contains("Draft multimodal transport document"))
    #expect(run.text.contains("Place of receipt") && run.text.contains("Originals"))
    let json = try self.run(["route", "Jiaozhou", "Hamburg", "--single-bl", "--bl-draft", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let draft = try #require(object["billOfLadingDraft"] as? [String: Any])
    #expect(draft["placeOfReceipt"] is String && draft["numberOfOriginals"] as? Int == 3)
    let itinerary = try #require(object["itinerary"] as? [String: Any])
    let plan = try #require(itinerary["documentPlan"] as? [String: Any])
    #expect(["through-bl", "single-carrier-document"].contains(plan["kind"] as? String ?? ""))
    let front = try self.run(["route", "Jiaozhou", "Hamburg", "--pareto", "cost,documents"])
    #expect(front.status == 0, "\(front.stderr)")
    #expect(front.text.contains("Pareto front over cost, documents"))
    expectOneLineError(
      try self.run(["route", "Jiaozhou", "Hamburg", "--value", "lots"]), containing: "--value: 'lots'")
  }
}
