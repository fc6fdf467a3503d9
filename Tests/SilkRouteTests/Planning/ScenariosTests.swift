import Testing

@testable import SilkRoute

/// What-if scenarios: `RoutePlanner.impact(of:)` and `DisruptionImpact`.
@Suite struct ScenariosTests {
  @Test func delayAddsExactlyItsTimeWhenTheRouteStays() throws {
    var data = RandomNetwork.make(seed: 3)
    data.services = []
    data.transfers = []
    data.borderCrossings = []
    let country = data.countries[0].code
    data.cities = ["a", "b", "c"].map {
      CityRecord(id: $0, name: $0.uppercased(), country: country, latitude: 0, longitude: 0, sources: ["s"])
    }
    data.terminals = ["a", "b", "c"].map {
      TerminalRecord(id: "\($0)-road", city: $0, mode: .road, name: $0, sources: ["s"])
    }
    for (id, from, to) in [("ab", "a", "b"), ("bc", "b", "c")] {
      data.services.append(
        ServiceRecord(
          id: id, mode: .road, carrier: "k", from: "\(from)-road", to: "\(to)-road", bidirectional: false,
          distance: Kilometres(100), transit: .hours(10), tariff: Tariff(perFEU: Cents(1000)),
          co2Intensity: GramsPerTonneKilometre(62), distanceSources: ["s"], timeSources: ["s"],
          tariffSources: ["s"],
          co2Sources: ["s"]))
    }
    let planner = RoutePlanner(network: try TransportNetwork(data))
    var query = RouteQuery(from: "A", to: "C")
    query.disruptions.delays = [.init(target: "B", delay: .days(2))]
    let impact = try planner.impact(of: query)
    #expect(impact.timeChange == .days(2))
    #expect(impact.costChange == .zero)
    #expect(!impact.rerouted)
    query.disruptions = Disruptions(closures: ["bc"])
    #expect(throws: RoutingError.self) { try planner.route(query) }
  }

  @Test func closingBravoReroutesByRail() throws {
    let planner = try RoutePlannerTests.planner()
    let query = RouteQuery(from: "Alpha", to: "Charlie", disruptions: Disruptions(closures: ["Midway"]))
    let impact = try planner.impact(of: query)
    #expect(impact.rerouted)
    #expect(RoutePlannerTests.services(impact.disrupted) == ["ac-rail"])
    #expect(impact.baseline.map(RoutePlannerTests.services) == ["ab-road", "bc-road"])
    #expect(impact.costChange == RoutePlannerTests.rail.cost - RoutePlannerTests.road.cost)
    #expect(impact.timeChange == RoutePlannerTests.rail.time - RoutePlannerTests.road.time)
  }
}
