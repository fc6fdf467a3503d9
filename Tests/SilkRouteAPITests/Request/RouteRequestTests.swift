import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

@Suite struct RouteRequestTests {
  @Test func minimalBodyWorks() throws {
    let request = try decode(
      #"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}"#)
    let plan = try request.plan()
    #expect(plan.query.cargo == .containers(1, .feu))
    #expect(plan.query.objective == .cheapest)
    #expect(plan.query.from == "Jiaozhou" && plan.query.to == "Almaty")
    #expect(plan.mode == .best && !plan.billOfLadingDraft && plan.warnings.isEmpty)
  }
}
