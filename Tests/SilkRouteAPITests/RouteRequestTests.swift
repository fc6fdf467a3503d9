import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

@Suite struct RouteRequestTests {
  func decode(_ json: String) throws -> RouteRequest {
    try JSONDecoder().decode(RouteRequest.self, from: Data(json.utf8))
  }

  @Test func minimalBodyWorks() throws {
    let request = try decode(
      #"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}"#)
    let query = try request.query()
    #expect(query.cargo == .containers(1, .feu))
    #expect(query.objective == .cheapest)
    #expect(query.from == "Jiaozhou" && query.to == "Almaty")
  }

  @Test func everyFieldMapsToTheQuery() throws {
    let request = try decode(
      #"""
      {"from": "Jiaozhou", "to": "Hamburg", "cargo": {"unit": "kg", "count": 800, "cargoClass": "ecommerce",
       "declaredValueUSD": "25000.50"}, "objective": "fastest", "depart": "2026-12-01T08:00Z",
       "constraints": {"avoidCountries": ["RU"], "avoidModes": ["air"], "via": ["Almaty"], "maxLegs": 9,
       "maxTransfers": 4, "budgetUSD": "9000", "maxDurationMinutes": 43200, "singleBillOfLading": true}}
      """#)
    let query = try request.query()
    #expect(
      query.cargo.unit == .kilograms && query.cargo.quantity == 800 && query.cargo.cargoClass == .ecommerce)
    #expect(query.cargo.declaredValue == Cents(2_500_050))
    #expect(query.departure == Instant(iso8601: "2026-12-01T08:00Z"))
    let c = query.constraints
    #expect(c.avoidCountries == ["RU"] && c.avoidModes == [.air] && c.via == ["Almaty"])
    #expect(
      c.maxLegs == 9 && c.maxTransfers == 4 && c.budget == Cents(900_000) && c.maxDuration == Minutes(43_200))
    #expect(c.singleDocument)
  }

  @Test(arguments: [
    (#"{"from": "", "to": "Almaty"}"#, "from"),
    (#"{"from": "A", "to": "B", "cargo": {"unit": "box", "count": 1}}"#, "cargo.unit"),
    (#"{"from": "A", "to": "B", "cargo": {"unit": "FEU", "count": 0}}"#, "cargo.count"),
    (#"{"from": "A", "to": "B", "objective": "quickest"}"#, "objective"),
    (#"{"from": "A", "to": "B", "depart": "tomorrow"}"#, "depart"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "speed"]}"#, "pareto[1]"),
    (#"{"from": "A", "to": "B", "constraints": {"avoidModes": ["boat"]}}"#, "constraints.avoidModes[0]"),
    (#"{"from": "A", "to": "B", "constraints": {"budgetUSD": "lots"}}"#, "constraints.budgetUSD"),
    (#"{"from": "A", "to": "B", "alternatives": 99}"#, "alternatives"),
  ])
  func badFieldsAreNamed(json: String, field: String) throws {
    let request = try decode(json)
    #expect {
      _ = try request.query()
    } throws: { error in
      (error as? RequestError)?.field == field
    }
  }
}
