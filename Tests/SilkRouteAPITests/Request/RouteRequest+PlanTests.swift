import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

/// `RouteRequest.plan()`: every field checked into the query, the mode chosen, bad fields and
/// unsupported combinations named.
@Suite struct RouteRequestPlanTests {
  @Test func everyFieldMapsToTheQuery() throws {
    let request = try decode(
      #"""
      {"from": "Jiaozhou", "to": "Hamburg", "cargo": {"unit": "kg", "count": 800, "cargoClass": "ecommerce",
       "declaredValueUSD": "25000.50"}, "objective": "fastest", "depart": "2026-12-01T08:00Z",
       "constraints": {"avoidCountries": ["RU"], "avoidModes": ["air"], "avoidCarriers": ["rzd"],
       "avoidCrossings": ["suez"], "via": ["Almaty"], "maxLegs": 9,
       "maxTransfers": 4, "budgetUSD": "9000", "deadline": "2026-12-31T08:00Z", "singleBillOfLading": true},
       "disruptions": {"close": ["Khorgos"], "delays": [{"target": "Brest-Malaszewicze", "delayMinutes": 14400}]},
       "billOfLadingDraft": true}
      """#)
    let plan = try request.plan()
    let query = plan.query
    #expect(
      query.cargo.unit == .kilograms && query.cargo.quantity == 800 && query.cargo.cargoClass == .ecommerce)
    #expect(query.cargo.declaredValue == Cents(2_500_050))
    #expect(query.departure == Instant(iso8601: "2026-12-01T08:00Z"))
    let c = query.constraints
    #expect(c.avoidCountries == ["RU"] && c.avoidModes == [.air] && c.via == ["Almaty"])
    #expect(c.avoidCarriers == ["rzd"] && c.avoidCrossings == ["suez"])
    #expect(
      c.maxLegs == 9 && c.maxTransfers == 4 && c.budget == Cents(900_000) && c.maxDuration == Minutes(43_200))
    #expect(c.singleDocument)
    #expect(query.disruptions.closures == ["Khorgos"])
    #expect(query.disruptions.delays == [.init(target: "Brest-Malaszewicze", delay: .days(10))])
    #expect(plan.billOfLadingDraft && plan.mode == .best)
  }

  @Test func modes() throws {
    #expect(
      try decode(#"{"from": "A", "to": "B", "pareto": ["time", "cost", "time"]}"#).plan().mode
        == .pareto([.time, .cost]))
    #expect(try decode(#"{"from": "A", "to": "B", "alternatives": 4}"#).plan().mode == .alternatives(4))
    let latest = try decode(#"{"from": "A", "to": "B", "arriveBy": "2026-12-20T00:00Z"}"#).plan()
    #expect(latest.mode == .latestDeparture(arriveBy: try #require(Instant(iso8601: "2026-12-20T00:00Z"))))
  }

  /// `paretoEpsilon` in parts per million: decimals past the sixth dropped, exponents read.
  @Test(arguments: [
    ("0.05", 50_000), ("1", 1_000_000), ("10", 10_000_000), ("0.30000000000000004", 300_000),
    ("5e-2", 50_000), ("0.0000019", 1), ("0.3", 300_000), ("0.29", 290_000), ("1.2345679", 1_234_567),
    ("2.5E-5", 25),
  ])
  func epsilonsAreReadToSixDecimals(json: String, partsPerMillion: Int64) throws {
    let plan = try decode(#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": \#(json)}"#)
      .plan()
    #expect(plan.mode == .pareto([.cost, .time], epsilon: ParetoEpsilon(partsPerMillion: partsPerMillion)))
    #expect(plan.warnings.isEmpty)
  }

  /// Below one millionth the exact front is answered (it meets any tolerance), with a warning; a
  /// denormal number too (it failed to decode as a `Decimal`: found by the HTTP fuzz suite).
  @Test(arguments: ["0.0000001", "5e-324", "9.99999e-7"])
  func aTinyEpsilonAsksForTheExactFront(json: String) throws {
    let plan = try decode(#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": \#(json)}"#)
      .plan()
    #expect(plan.mode == .pareto([.cost, .time], epsilon: nil))
    #expect(plan.warnings.map(\.field) == ["paretoEpsilon"])
  }

  @Test(arguments: [
    (#"{"from": "", "to": "Almaty"}"#, "from"),
    (#"{"from": "A", "to": "B", "cargo": {"unit": "box", "count": 1}}"#, "cargo.unit"),
    (#"{"from": "A", "to": "B", "cargo": {"unit": "FEU", "count": 0}}"#, "cargo.count"),
    (
      #"{"from": "A", "to": "B", "cargo": {"unit": "FEU", "count": 1, "cargoClass": "hot"}}"#,
      "cargo.cargoClass"
    ),
    (
      #"{"from": "A", "to": "B", "cargo": {"unit": "FEU", "count": 1, "declaredValueUSD": "-5"}}"#,
      "cargo.declaredValueUSD"
    ),
    (#"{"from": "A", "to": "B", "objective": "quickest"}"#, "objective"),
    (#"{"from": "A", "to": "B", "depart": "tomorrow"}"#, "depart"),
    (#"{"from": "A", "to": "B", "arriveBy": "soon"}"#, "arriveBy"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "speed"]}"#, "pareto[1]"),
    (#"{"from": "A", "to": "B", "pareto": ["cost"]}"#, "pareto"),
    (#"{"from": "A", "to": "B", "constraints": {"avoidModes": ["boat"]}}"#, "constraints.avoidModes[0]"),
    (#"{"from": "A", "to": "B", "constraints": {"via": ["X", ""]}}"#, "constraints.via[1]"),
    (#"{"from": "A", "to": "B", "constraints": {"budgetUSD": "lots"}}"#, "constraints.budgetUSD"),
    (#"{"from": "A", "to": "B", "constraints": {"maxLegs": 0}}"#, "constraints.maxLegs"),
    (#"{"from": "A", "to": "B", "constraints": {"maxTransfers": -1}}"#, "constraints.maxTransfers"),
    (
      #"{"from": "A", "to": "B", "constraints": {"maxDurationMinutes": 0}}"#, "constraints.maxDurationMinutes"
    ),
    (
      #"{"from": "A", "to": "B", "depart": "2026-12-20T00:00Z", "constraints": {"deadline": "2026-12-19T00:00Z"}}"#,
      "constraints.deadline"
    ),
    (
      #"{"from": "A", "to": "B", "disruptions": {"delays": [{"target": "X", "delayMinutes": 0}]}}"#,
      "disruptions.delays[0].delayMinutes"
    ),
    (#"{"from": "A", "to": "B", "alternatives": 99}"#, "alternatives"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": 0}"#, "paretoEpsilon"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": -0.1}"#, "paretoEpsilon"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": 10.5}"#, "paretoEpsilon"),
    (#"{"from": "A", "to": "B", "pareto": ["cost", "time"], "paretoEpsilon": 1e30}"#, "paretoEpsilon"),
  ])
  func badFieldsAreNamed(json: String, field: String) throws {
    let request = try decode(json)
    #expect {
      _ = try request.plan()
    } throws: { error in
      (error as? RequestError)?.field == field && (error as? RequestError)?.otherFields == []
    }
  }

  /// Combinations the planner cannot answer are refused, naming both fields.
  @Test(arguments: [
    (#"{"pareto": ["cost", "time"], "alternatives": 3}"#, "alternatives", "pareto"),
    (#"{"arriveBy": "2026-12-20T00:00Z", "depart": "2026-12-01T00:00Z"}"#, "arriveBy", "depart"),
    (#"{"arriveBy": "2026-12-20T00:00Z", "pareto": ["cost", "time"]}"#, "arriveBy", "pareto"),
    (#"{"arriveBy": "2026-12-20T00:00Z", "alternatives": 2}"#, "arriveBy", "alternatives"),
    (
      #"{"arriveBy": "2026-12-20T00:00Z", "constraints": {"maxDurationMinutes": 600}}"#, "arriveBy",
      "constraints.maxDurationMinutes"
    ),
    (#"{"billOfLadingDraft": true, "pareto": ["cost", "time"]}"#, "billOfLadingDraft", "pareto"),
    (#"{"constraints": {"deadline": "2026-12-20T00:00Z"}}"#, "constraints.deadline", "depart"),
    (#"{"billOfLadingDraft": true, "alternatives": 2}"#, "billOfLadingDraft", "alternatives"),
    (#"{"paretoEpsilon": 0.05}"#, "paretoEpsilon", "pareto"),
    (
      #"{"depart": "2026-12-01T00:00Z", "constraints": {"deadline": "2026-12-20T00:00Z", "maxDurationMinutes": 60}}"#,
      "constraints.deadline", "constraints.maxDurationMinutes"
    ),
  ])
  func unsupportedCombinationsNameBothFields(json: String, field: String, other: String) throws {
    let body = #"{"from": "Jiaozhou", "to": "Almaty", "# + json.dropFirst()
    let request = try decode(body)
    #expect {
      _ = try request.plan()
    } throws: { error in
      guard let error = error as? RequestError else { return false }
      return error.field == field && error.otherFields == [other]
        && error.message(naming: RequestField.flag(forPath:)).contains(RequestField.flag(forPath: other))
    }
  }
}
