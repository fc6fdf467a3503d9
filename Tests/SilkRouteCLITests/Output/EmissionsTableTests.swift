import Foundation
import Testing

/// `silkroute route A B --format emissions`: the ISO 14083 / GLEC report as a table, whose WTW
/// total is the route's CO2e, and the same report as `emissions` in `--format json`.
@Suite(.serialized) struct EmissionsTableTests {
  static let runner = CommandRunner(name: "silkroute-emissions-tests")

  @Test func emissionsTableAndJSONAgreeWithTheRouteCO2() throws {
    let arguments = ["route", "Qingdao", "Hamburg", "--objective", "greenest", "--cargo", "1xTEU"]
    let table = try Self.runner.run(arguments + ["--format", "emissions"])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.text.contains("ISO 14083:2023 / GLEC Framework v3"))
    #expect(table.text.contains("WTW g/tkm") && table.text.contains("TTW kg"))
    let json = try Self.runner.run(arguments + ["--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let response = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let co2 = try #require(
      ((response["itinerary"] as? [String: Any])?["totals"] as? [String: Any])?["co2Grams"] as? Int)
    let emissions = try #require(response["emissions"] as? [String: Any])
    let totals = try #require(emissions["totals"] as? [String: Any])
    #expect(totals["wtwGrams"] as? Int == co2)
    #expect((totals["ttwGrams"] as? Int ?? .max) <= co2)
    // The table's closing line states the same WTW total, in kilograms to one decimal.
    let tenths = (co2 + 50) / 100
    #expect(table.text.contains("WTW \(tenths / 10).\(tenths % 10) kg CO2e"), "\(table.text)")
  }

  @Test func emissionsFormatRefusesAFront() throws {
    let run = try Self.runner.run([
      "route", "Qingdao", "Hamburg", "--format", "emissions", "--pareto", "cost,co2",
    ])
    expectOneLineError(run, status: 64, containing: "--format emissions reports one route")
  }
}
