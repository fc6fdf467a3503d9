import Testing

@testable import SilkRoute

/// Loose, mixed and containerised loose cargo priced against brute force: every simple path,
/// and for the offer every container mix that carries the weight (spare containers included).
@Suite struct RoutePlannerContainerOfferTests {
  static let teu = Cargo.Unit.teu.maximumPayloadKilograms ?? 0
  static let feu = Cargo.Unit.feu.maximumPayloadKilograms ?? 0

  /// Seeded random small networks: the cheapest route of a loose cargo and of a mixed one
  /// (`2xFEU+1xTEU`) has the brute-force totals; the offer costs the least of any mix on any
  /// route, its steps add up, and it says rightly which answer is cheaper.
  @Test func looseMixedAndOfferedCargoMatchBruteForce() throws {
    var counts = (loose: 0, mixed: 0, offers: 0, containersCheaper: 0, looseCheaper: 0)
    for seed in UInt64(0)..<600 {
      var data = RandomNetwork.make(seed: seed)
      var rng = SplitMix64(seed: seed ^ 0xC4_260)
      // On odd seeds per-kg rates of a few cents and small weights: loose cargo is then often
      // the cheaper answer (on the generator's own rates containers nearly always win).
      let cheapLoose = seed % 2 == 1
      if cheapLoose {
        func cheapen(_ tariff: inout Tariff) {
          guard tariff.perKilogram != nil else { return }
          tariff.perKilogram = Cents(Int64.random(in: 0...6, using: &rng))
          tariff.minimumCharge = tariff.minimumCharge.map { _ in
            Cents(Int64.random(in: 0...5_000, using: &rng))
          }
        }
        for index in data.services.indices { cheapen(&data.services[index].tariff) }
        for index in data.transfers.indices { cheapen(&data.transfers[index].tariff) }
      }
      let network = try #require(try? TransportNetwork(data), "seed \(seed)")
      let planner = RoutePlanner(network: network)
      let origin = Int.random(in: 0..<network.cityCount, using: &rng)
      let destination =
        (origin + 1 + Int.random(in: 0..<network.cityCount - 1, using: &rng)) % network.cityCount
      let sources = Array(network.cityTerminals[origin])
      let targets = Array(network.cityTerminals[destination])
      func brute(_ cargo: Cargo) -> RouteTotals? {
        BruteForce.best(
          in: network, from: sources, to: targets, objective: .cheapest,
          weight: CargoCostModel(network: network, cargo: cargo).weight(of:))
      }
      let cargoClass = Int.random(in: 0..<4, using: &rng) == 0 ? CargoClass.reefer : .general
      let weight = Int64.random(in: 1...(cheapLoose ? 3_000 : 60_000), using: &rng)
      var loose = Cargo.kilograms(weight)
      loose.cargoClass = cargoClass
      var query = RouteQuery(
        from: network.records.city(origin).id, to: network.records.city(destination).id, cargo: loose)
      let looseRoute = try? planner.route(query)
      #expect(looseRoute?.routeTotals == brute(loose), "seed \(seed): loose \(weight) kg")
      if looseRoute != nil { counts.loose += 1 }

      let mixed = try #require(
        Cargo.mixed(
          [
            ContainerLoad(Int64.random(in: 1...3, using: &rng), .feu),
            ContainerLoad(Int64.random(in: 1...3, using: &rng), .teu),
          ], cargoClass: cargoClass))
      var mixedQuery = query
      mixedQuery.cargo = mixed
      let mixedRoute = try? planner.route(mixedQuery)
      #expect(mixedRoute?.routeTotals == brute(mixed), "seed \(seed): \(mixed)")
      if mixedRoute != nil { counts.mixed += 1 }

      var cheapest: Cents?
      for teus in 0...(weight / Self.teu + 2) {
        for feus in 0...(weight / Self.feu + 2) where teus * Self.teu + feus * Self.feu >= weight {
          let loads = [ContainerLoad(teus, .teu), ContainerLoad(feus, .feu)].filter { $0.count > 0 }
          guard var mix = Cargo.mixed(loads, cargoClass: cargoClass) else { continue }
          mix.loadedKilograms = weight
          if let cost = brute(mix)?.cost { cheapest = min(cheapest ?? cost, cost) }
        }
      }
      let offer = try planner.containerOffer(query, comparedWith: looseRoute)
      #expect(offer?.itinerary.totals.costCents == cheapest, "seed \(seed): offer for \(weight) kg")
      guard let offer else { continue }
      counts.offers += 1
      #expect(
        StepTotals.mismatches(offer.itinerary).isEmpty,
        "seed \(seed): \(StepTotals.mismatches(offer.itinerary))")
      let capacity = offer.containers.containerLoads.reduce(Int64(0)) {
        $0 + $1.count * ($1.unit.maximumPayloadKilograms ?? 0)
      }
      #expect(capacity >= weight && offer.containers.loadedKilograms == weight, "seed \(seed)")
      #expect(offer.itinerary.cargo == offer.containers && offer.containers.cargoClass == cargoClass)
      if let looseRoute {
        let saving = looseRoute.totals.costCents - offer.itinerary.totals.costCents
        #expect(offer.savingCents == saving && offer.looseCostCents == looseRoute.totals.costCents)
        #expect(
          offer.cheaper == (saving > .zero ? .containers : saving < .zero ? .loose : .same), "seed \(seed)")
        if saving > .zero { counts.containersCheaper += 1 }
        if saving < .zero { counts.looseCheaper += 1 }
      } else {
        #expect(offer.cheaper == nil && offer.savingCents == nil)
      }
      // Turned off, or for container cargo, there is no offer.
      query.containerOffer = false
      #expect(try planner.containerOffer(query) == nil)
      #expect(try planner.containerOffer(mixedQuery) == nil)
    }
    print("container offer against brute force: \(counts)")
    // Both outcomes must occur, or the comparison proves little.
    #expect(counts.loose > 150 && counts.mixed > 200 && counts.offers > 250, "\(counts)")
    #expect(counts.containersCheaper > 20 && counts.looseCheaper > 20, "\(counts)")
  }
}
