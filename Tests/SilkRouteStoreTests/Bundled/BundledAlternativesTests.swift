import SilkRouteStore
import Testing

@testable import SilkRoute

/// Alternatives on the bundled SCODA network (issue 15): with via points the best route comes back
/// through Astana and Moscow after Almaty, and alternatives must still start with it.
@Suite struct BundledAlternativesTests {
  let planner: RoutePlanner

  init() throws {
    planner = try BundledFixture.load().planner
  }

  /// The (terminal, via layer) states of a route, the via layer counting the via cities passed.
  static func states(_ itinerary: Itinerary, via: [String]) -> (states: [String], layer: Int) {
    var layer = 0
    var states: [String] = []
    func visit(_ terminal: TerminalRef) {
      while layer < via.count && terminal.city.id == via[layer] { layer += 1 }
      states.append("\(terminal.id)#\(layer)")
    }
    for step in itinerary.steps {
      switch step {
      case .leg(let leg):
        if states.isEmpty { visit(leg.from) }
        visit(leg.to)
      case .transfer(let transfer):
        if states.isEmpty { visit(transfer.from) }
        visit(transfer.to)
      case .border, .document, .fee: break
      }
    }
    return (states, layer)
  }

  /// `silkroute route Jiaozhou Hamburg --via Moscow,Almaty --alternatives 1` said "no route" and
  /// `--alternatives 3` listed USD 18,067.17, 18,859.13, 17,594.94 "cheapest first".
  @Test(arguments: [1, 3, 8])
  func viaMoscowAndAlmatyStartsWithTheBestRoute(count: Int) throws {
    var constraints = RouteConstraints()
    constraints.via = ["Moscow", "Almaty"]
    let query = RouteQuery(from: "Jiaozhou", to: "Hamburg", constraints: constraints)
    let best = try planner.route(query)
    let routes = try planner.alternatives(query, count: count)
    #expect(routes.count == count)
    #expect(routes.first?.itinerary == best)
    let costs = routes.map(\.itinerary.totals.costCents)
    #expect(costs == costs.sorted(), "\(costs)")
    let viaIDs = try constraints.via.map { name in
      try #require(planner.network.data.cities.first { $0.name == name }?.id)
    }
    for (index, route) in routes.enumerated() {
      for other in routes[..<index] {
        #expect(RoutePlanner.isDistinct(route.itinerary, from: other.itinerary), "rank \(route.rank)")
      }
      let (states, layer) = Self.states(route.itinerary, via: viaIDs)
      #expect(layer == viaIDs.count, "rank \(route.rank) misses a via city")
      #expect(Set(states).count == states.count, "rank \(route.rank) loops: \(states)")
    }
    // The best route passes Astana and Moscow twice, once each way, and that is no loop.
    let terminals = best.terminalPath
    #expect(Set(terminals).count < terminals.count)
  }

  /// Many alternatives on a network with few routes (found by the HTTP fuzz suite, when
  /// alternatives penalised arcs until the search overflowed): an answer, not a crash.
  @Test func manyAlternativesWhereFewRoutesExist() throws {
    var constraints = RouteConstraints()
    constraints.maxLegs = 2
    let query = RouteQuery(from: "Minsk", to: "Malaszewicze", constraints: constraints)
    let routes = try planner.alternatives(query, count: 20)
    #expect(!routes.isEmpty && routes.count <= 20)
    #expect(routes.first?.itinerary == (try planner.route(query)))
  }
}
