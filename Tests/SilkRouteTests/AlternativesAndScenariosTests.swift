import Testing

@testable import SilkRoute

@Suite struct AlternativesAndScenariosTests {
  /// Alternatives are loopless, distinct, meet every constraint, and the first is the optimum.
  @Test func alternativesAreLooplessDistinctAndFeasible() throws {
    var checked = 0
    for seed in UInt64(0)..<300 {
      var data = RandomNetwork.make(seed: seed, maxCities: 5, maxTerminalsPerCity: 3)
      if seed % 2 == 0 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data))
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: seed % 2 == 0)
      guard let routes = try? planner.alternatives(query, count: 4) else { continue }
      checked += 1
      let best = try planner.route(query)
      #expect(routes.first?.itinerary.routeTotals == best.routeTotals, "seed \(seed)")
      for route in routes {
        let path = route.itinerary.terminalPath
        #expect(Set(path).count == path.count, "seed \(seed): loop in \(path)")
        #expect(RoutePlanner.meets(query.constraints, route.itinerary), "seed \(seed)")
        #expect(
          route.itinerary.legs.allSatisfy { !query.constraints.avoidModes.contains($0.mode) }, "seed \(seed)")
      }
      let signatures = routes.map {
        $0.itinerary.legs.map(\.service) + $0.itinerary.transfers.map(\.transfer)
      }
      #expect(Set(signatures).count == signatures.count, "seed \(seed): duplicate alternatives")
    }
    #expect(checked > 100)
  }

  /// The latest departure arrives by the deadline; one minute later, nothing does.
  @Test func arriveByFindsTheLatestDeparture() throws {
    var checked = 0
    for seed in UInt64(0)..<120 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      RandomNetwork.addTimetables(to: &data, seed: seed)
      let network = try #require(try? TransportNetwork(data))
      let planner = RoutePlanner(network: network)
      var (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: false, timed: false)
      let deadline = Instant(minutesSinceEpoch: 29_050_000)
      guard let itinerary = try? planner.latestDeparture(query, arriveBy: deadline, horizon: .days(30)),
        let departure = itinerary.departure, let arrival = itinerary.arrival
      else { continue }
      checked += 1
      #expect(arrival <= deadline, "seed \(seed)")
      query.departure = departure + Minutes(1)
      query.objective = .fastest
      let later = try? planner.route(query)
      #expect(
        later.map { $0.arrival.map { $0 > deadline } ?? false } ?? true,
        "seed \(seed): leaving later still arrives")
    }
    #expect(checked > 20)
  }

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
}
