import Testing

@testable import SilkRoute

/// Penalties for alternatives grow by half and stop at a ceiling, so that many rounds on a
/// network with few routes cannot overflow a search (found by the HTTP fuzz suite: Minsk to
/// Małaszewicze in at most two legs, 20 alternatives).
@Suite struct AlternativesPenaltyTests {
  @Test func penaltiesGrowByHalfAndStopAtTheCeiling() {
    #expect(RoutePlanner.penalized(1000, by: 100) == 1500)
    #expect(RoutePlanner.penalized(10, by: 100) == 110)
    var value: Int64 = 100_000
    for _ in 0..<1000 { value = RoutePlanner.penalized(value, by: 100) }
    #expect(value == RoutePlanner.penaltyCeiling)
    // A route of 8,000 arcs at the ceiling still adds up.
    #expect(RoutePlanner.penaltyCeiling.multipliedReportingOverflow(by: 8000).overflow == false)
  }
}
