import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

/// `RouteRequest.decode(json:)`: fields unknown to this version are kept as warnings.
@Suite struct RouteRequestDecodingTests {
  /// Fields of a later version are accepted and reported, at any depth; known ones are not.
  @Test func unknownFieldsBecomeWarnings() throws {
    let request = try decode(
      #"""
      {"from": "Jiaozhou", "to": "Almaty", "incoterm": "FCA", "cargo": {"unit": "FEU", "count": 1, "hsCode": "8471"},
       "constraints": {"via": ["Khorgos"], "maxCo2Grams": 5}, "disruptions": {"close": [], "strike": true,
       "delays": [{"target": "Khorgos", "delayMinutes": 60, "reason": "snow"}]}}
      """#)
    #expect(
      request.ignoredFields == [
        "cargo.hsCode", "constraints.maxCo2Grams", "disruptions.delays[0].reason", "disruptions.strike",
        "incoterm",
      ])
    let plan = try request.plan()
    #expect(plan.warnings.map(\.field) == request.ignoredFields)
    #expect(try decode(#"{"from": "A", "to": "B", "pareto": ["cost", "time"]}"#).ignoredFields.isEmpty)
  }
}
