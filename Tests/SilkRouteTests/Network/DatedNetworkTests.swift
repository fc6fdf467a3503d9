import Testing

@testable import SilkRoute

/// Dated networks: a service, transfer or crossing outside its validity on the query's date is
/// never used, and the answer on a date equals brute-force enumeration over what is valid then.
@Suite struct DatedNetworkTests {
  static func day(_ text: String) -> Int32 {
    Int32((Instant(iso8601: text)?.minutesSinceEpoch ?? 0) / 1440)
  }

  /// Random validity on services, transfers and crossings, random dates: the Pareto front and the
  /// best route on the date equal brute force over the records valid on it; no leg of any answer
  /// uses a service outside its validity; without any date the network is undated.
  @Test func datedNetworksMatchBruteForce() throws {
    var checked = 0
    var differsFromUndated = 0
    let base = Self.day("2024-07-15")
    func date(_ day: Int32) -> String {
      String(Instant(minutesSinceEpoch: Int64(day) * 1440).iso8601.prefix(10))
    }
    for seed in UInt64(0)..<1000 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      var rng = SplitMix64(seed: seed ^ 0xDA7E)
      let timed = seed % 3 == 0
      if timed { RandomNetwork.addTimetables(to: &data, seed: seed) }
      func randomValidity() -> Validity {
        guard Int.random(in: 0..<5, using: &rng) < 2 else {
          return Validity(validFrom: "2000-01-01", sources: ["s"])
        }
        let from = base + Int32.random(in: -30...30, using: &rng)
        var validity = Validity(validFrom: date(from), sources: ["s"])
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: validity.validUntil = date(from + Int32.random(in: 0...40, using: &rng))
        case 1: validity.suspendedSince = date(from + Int32.random(in: 1...40, using: &rng))
        default: break
        }
        return validity
      }
      for index in data.services.indices { data.services[index].validity = randomValidity() }
      for index in data.transfers.indices { data.transfers[index].validity = randomValidity() }
      for index in data.borderCrossings.indices { data.borderCrossings[index].validity = randomValidity() }
      let hasEdition = seed % 2 == 0
      if hasEdition {
        data.edition = EditionRecord(
          asOf: date(base), periodStart: "2024-07-01", periodEnd: "2024-07-31", usdPerSDR: 13_300,
          sdrDate: "2024-07-15", sdrSources: ["s"])
        for index in data.services.indices { data.services[index].tariffDate = "2024-07-15" }
      }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      var (query, origin, destination, via) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 4 == 1, timed: timed)
      // The date: given, else the departure's, else the edition's.
      if Int.random(in: 0..<2, using: &rng) == 0 {
        query.asOf = Instant(minutesSinceEpoch: Int64(base + Int32.random(in: -40...40, using: &rng)) * 1440)
      }
      // A network with validity but no edition, asked for no date, routes on every arc.
      guard let day = query.validityDay(in: network) else {
        #expect(
          (network.arcValidFrom.isEmpty && !hasEdition)
            || (!hasEdition && query.asOf == nil && query.departure == nil),
          "seed \(seed)")
        continue
      }
      if let asOf = query.asOf {
        #expect(Int64(day) == asOf.minutesSinceEpoch / 1440)
      } else if let departure = query.departure {
        #expect(Int64(day) == departure.minutesSinceEpoch / 1440)
      } else {
        #expect(hasEdition ? day == base : true, "seed \(seed)")
      }
      var brute = BruteForcePareto(
        network: network, query: query, origin: origin, destination: destination, via: via)
      brute.validityDay = day
      let criteria = LabelSearchTests.criteriaSets[Int(seed % 4)]
      let expected = BruteForcePareto.front(brute.allVectors(), criteria)
      let context = "seed \(seed) day \(date(day)) criteria \(criteria) query \(query)"
      switch Result(catching: { () throws(RoutingError) -> [Itinerary] in
        try planner.paretoFront(query, criteria: criteria)
      }) {
      case .success(let front):
        let got = BruteForcePareto.projected(front, criteria)
        #expect(got == expected, "\(context)")
        for itinerary in front {
          for leg in itinerary.legs {
            let service = try #require(network.data.services.first { $0.id == leg.service })
            #expect(
              service.validity.days?.contains(day) ?? false, "\(context): \(leg.service) used out of validity"
            )
          }
        }
        // The best route is the front's lexicographic optimum, and also keeps to the date.
        if let best = try? planner.route(query) {
          #expect(
            best.legs.allSatisfy { leg in
              network.data.services.first { $0.id == leg.service }?.validity.days?.contains(day) ?? false
            }, "\(context)")
        }
        var undated = query
        undated.asOf = Instant(minutesSinceEpoch: 0)  // 1970: nothing runs
        #expect((try? planner.route(undated)) == nil, "\(context): a route on a day nothing is valid")
        checked += 1
        var all = brute
        all.validityDay = nil
        if BruteForcePareto.front(all.allVectors(), criteria) != expected { differsFromUndated += 1 }
      case .failure(let error):
        #expect(expected.isEmpty, "\(context): \(error)")
        if case .noRoute(_, _, .notValidOn(let gone, _)) = error {
          #expect(gone == date(day), "\(context)")
        }
      }
    }
    #expect(checked > 150, "too few networks with a route: \(checked)")
    #expect(differsFromUndated > 25, "validity decides too rarely: \(differsFromUndated)")
  }

  /// Without any date a network routes on everything, whatever `asOf` says; the planner explains a
  /// date on which the only route is not valid.
  @Test func undatedNetworksIgnoreTheDateAndGoneRoutesAreExplained() throws {
    var query = RouteQuery(from: "c0", to: "c1")
    query.asOf = Instant(iso8601: "1999-01-01")
    var found = false
    for seed in UInt64(0)..<50 {
      var data = RandomNetwork.make(seed: seed, maxCities: 3, maxTerminalsPerCity: 2)
      let network = try TransportNetwork(data)
      #expect(query.validityDay(in: network) == nil)
      guard let route = try? RoutePlanner(network: network).route(query) else { continue }
      for index in data.services.indices {
        data.services[index].validity = Validity(
          validFrom: "2000-01-01", suspendedSince: "2022-03-28", sources: ["s"])
      }
      let dated = RoutePlanner(network: try TransportNetwork(data))
      var before = query
      before.asOf = Instant(iso8601: "2021-06-01")
      #expect(try dated.route(before).routeTotals == route.routeTotals, "seed \(seed)")
      var after = query
      after.asOf = Instant(iso8601: "2023-01-01")
      #expect("seed \(seed)") {
        try dated.route(after)
      } throws: { error in
        guard case .noRoute(_, _, .notValidOn(let date, let gone)) = error as? RoutingError else {
          return false
        }
        return date == "2023-01-01" && !gone.isEmpty
          && gone.allSatisfy { $0.contains("suspended since 2022-03-28") }
      }
      found = true
      break
    }
    #expect(found)
  }

}
