import Testing

@testable import SilkRoute

/// `LowerBounds` on `LineNetwork`: the cheapest cost, shortest time and least CO2 from each
/// terminal to Charlie over the usable arcs; `Int64.max` where Charlie cannot be reached; zeros for
/// the criteria not asked for.
@Suite struct LowerBoundsTests {
  @Test func boundsAreTheDistancesToTheDestination() throws {
    let network = LineNetwork.compiled
    let graph = try QueryGraph(
      query: RouteQuery(from: "Alpha", to: "Charlie"), network: network,
      resolver: CityResolver(network: network))
    let bounds = LowerBounds(graph: graph)
    func index(_ id: String) throws -> Int { try #require(network.terminalIndex[id]).index }
    let (alphaRoad, alphaRail) = (try index("alpha-road"), try index("alpha-rail"))
    let (charlieRoad, charlieRail, deltaRoad) = (
      try index("charlie-road"), try index("charlie-rail"), try index("delta-road")
    )
    // Alpha's depot: by road (USD 2,000, 20 h) or by a mode change to the rail line (USD 3,050, 6 h).
    #expect(bounds.cost[alphaRoad] == 200_000)
    #expect(bounds.time[alphaRoad] == 360)
    #expect(bounds.time[alphaRail] == 300)
    #expect(bounds.cost[charlieRail] == 0 && bounds.time[charlieRoad] == 0)
    #expect(bounds.cost[deltaRoad] == .max)
    let costOnly = LowerBounds(graph: graph, criteria: [.cost])
    #expect(costOnly.cost == bounds.cost && costOnly.time.allSatisfy { $0 == 0 })
  }
}
