import Testing

@testable import SilkRoute

/// Hand-built cases for every single-B/L rule.
@Suite struct DocumentPlannerTests {
  /// Jiaozhou –(SMGS rail, China Railway)→ Alashankou –(CIM rail, PKP)→ Hamburg, plus a TIR truck
  /// Hamburg → Rotterdam; the regime changes between legs 1 and 2.
  static func network(operators: [OperatorRecord], coverage: [OperatorCoverageRecord]) throws
    -> TransportNetwork
  {
    var data = NetworkData()
    let s = ["s"]
    data.sources = [SourceRecord(id: "s", kind: .estimate, citation: "test")]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: "cn", name: "China", entryClearance: .hours(10), entryClearanceCost: Cents(10_000), sources: s),
      CustomsTerritoryRecord(
        id: "eu", name: "EU", entryClearance: .hours(20), entryClearanceCost: Cents(20_000),
        transitClearance: .hours(1), transitClearanceCost: Cents(1_000), sources: s),
    ]
    data.countries = [
      CountryRecord(code: "CN", name: "China", customsTerritory: "cn", sources: s),
      CountryRecord(code: "DE", name: "Germany", customsTerritory: "eu", sources: s),
      CountryRecord(code: "NL", name: "Netherlands", customsTerritory: "eu", sources: s),
    ]
    for (id, country) in [("jiaozhou", "CN"), ("alashankou", "CN"), ("hamburg", "DE"), ("rotterdam", "NL")] {
      data.cities.append(
        CityRecord(id: id, name: id.capitalized, country: country, latitude: 0, longitude: 0, sources: s))
    }
    for city in ["jiaozhou", "alashankou", "hamburg"] {
      data.terminals.append(
        TerminalRecord(id: "\(city)-rail", city: city, mode: .rail, name: city, gauge: .standard, sources: s))
    }
    data.terminals.append(
      TerminalRecord(id: "hamburg-road", city: "hamburg", mode: .road, name: "depot", sources: s))
    data.terminals.append(
      TerminalRecord(id: "rotterdam-road", city: "rotterdam", mode: .road, name: "depot", sources: s))
    data.carriers = ["cr", "pkp", "tir"].map {
      CarrierRecord(id: $0, name: $0.uppercased(), country: "CN", kind: .railway, sources: s)
    }
    data.borderCrossings = [
      BorderCrossingRecord(
        id: "x", name: "Alashankou–Hamburg", fromCity: "alashankou", toCity: "hamburg", clearance: .hours(30),
        clearanceCost: Cents(30_000), sources: s)
    ]
    func service(
      _ id: String, _ mode: Mode, _ carrier: String, _ from: String, _ to: String, _ document: DocumentRegime
    )
      -> ServiceRecord
    {
      ServiceRecord(
        id: id, mode: mode, carrier: carrier, from: from, to: to, bidirectional: false,
        distance: Kilometres(1000),
        transit: .days(2), tariff: Tariff(perFEU: Cents(100_000)), co2Intensity: GramsPerTonneKilometre(22),
        document: document, distanceSources: s, timeSources: s, tariffSources: s, co2Sources: s)
    }
    data.services = [
      service("smgs-leg", .rail, "cr", "jiaozhou-rail", "alashankou-rail", .smgs),
      service("cim-leg", .rail, "pkp", "alashankou-rail", "hamburg-rail", .cim),
      service("tir-leg", .road, "tir", "hamburg-road", "rotterdam-road", .cmrTIR),
    ]
    data.transfers = [
      TransferRecord(
        id: "hh", kind: .modeChange, from: "hamburg-rail", to: "hamburg-road", bidirectional: false,
        time: .hours(5), tariff: Tariff(perFEU: Cents(5_000)), timeSources: s, costSources: s)
    ]
    data.documentRegimes = DocumentRegime.allCases.map {
      DocumentRegimeRecord(
        regime: $0, name: $0.rawValue, convention: "test", isTransitDocument: $0 != .cmr,
        liabilityPerKilogram: SDR(rawValue: 833), liabilityPerPackage: nil, newDocumentCost: Cents(4_000),
        newDocumentTime: Minutes(40), sources: s)
    }
    data.operators = operators
    data.operatorCoverage = coverage
    return try TransportNetwork(data)
  }

  static func mto(_ id: String, absorbs: Bool, places: [String] = ["CN", "DE", "NL"]) -> OperatorRecord {
    OperatorRecord(
      id: id, name: id.uppercased(), country: "CN", places: places, absorbsRegimeBreaks: absorbs,
      liabilityPerKilogram: SDR(rawValue: 833), fee: Cents(2_500), illustrative: true, sources: ["s"])
  }

  static func covers(_ id: String, _ carriers: [String]) -> [OperatorCoverageRecord] {
    carriers.map { OperatorCoverageRecord(operatorID: id, carrier: $0, sources: ["s"]) }
  }

  @Test func segmentedRoutePaysForTheRegimeBreakAndSaysWhyNoSingleBL() throws {
    let network = try Self.network(
      operators: [Self.mto("m1", absorbs: false)], coverage: Self.covers("m1", ["cr", "pkp"]))
    let planner = RoutePlanner(network: network)
    let route = try planner.route(RouteQuery(from: "Jiaozhou", to: "Hamburg"))
    // Two legs of 1,000 USD, the crossing (Hamburg is the destination territory: full clearance),
    // and a new CIM note at Alashankou: 40 USD and 40 minutes.
    #expect(route.totals.costCents == Cents(200_000 + 30_000 + 4_000))
    #expect(route.totals.timeMinutes == Minutes(4 * 1440 + 30 * 60 + 40))
    #expect(route.totals.documents == 2)
    let plan = try #require(route.documentPlan)
    #expect(plan.kind == .segmented)
    #expect(plan.documents.map(\.type) == ["smgs", "cim"])
    #expect(plan.reason?.contains("CIM ↔ SMGS break") == true, "\(plan.reason ?? "")")
    // One document required: M1 cannot absorb the break, so there is none.
    var single = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    single.constraints.singleDocument = true
    #expect(throws: RoutingError.self) { try planner.route(single) }
  }

  @Test func operatorThatAbsorbsTheBreakIssuesOneThroughBL() throws {
    let network = try Self.network(
      operators: [Self.mto("m1", absorbs: false), Self.mto("m2", absorbs: true)],
      coverage: Self.covers("m1", ["cr", "pkp"]) + Self.covers("m2", ["cr", "pkp"]))
    let planner = RoutePlanner(network: network)
    var query = RouteQuery(from: "Jiaozhou", to: "Hamburg")
    query.constraints.singleDocument = true
    let route = try planner.route(query)
    #expect(route.totals.documents == 1)
    #expect(route.totals.costCents == Cents(200_000 + 30_000 + 2_500))  // its fee, no re-consignment
    let plan = try #require(route.documentPlan)
    #expect(plan.kind == .throughBillOfLading && plan.issuer == "M2")
    #expect(plan.documents.first?.underlying?.map(\.type) == ["smgs", "cim"])
    // Pareto over cost and documents keeps the cheaper segmented route only if it is cheaper.
    let front = try planner.paretoFront(
      RouteQuery(from: "Jiaozhou", to: "Hamburg"), criteria: [.cost, .documents])
    #expect(front.map(\.totals.documents) == [1])
  }

  @Test func uncoveredLegIsNamed() throws {
    let network = try Self.network(
      operators: [Self.mto("m2", absorbs: true)], coverage: Self.covers("m2", ["cr", "pkp"]))
    let planner = RoutePlanner(network: network)
    let route = try planner.route(RouteQuery(from: "Jiaozhou", to: "Rotterdam"))
    let plan = try #require(route.documentPlan)
    #expect(plan.kind == .segmented)
    #expect(
      plan.reason == "leg 3 (road TIR Hamburg–Rotterdam) is not contracted by any operator that covers leg 1",
      "\(plan.reason ?? "")")
    // In transit through the EU? No: Rotterdam is in the EU, so Hamburg clears for import.
    #expect(route.borders.allSatisfy { !$0.inTransit })
  }

  @Test func placesOfReceiptAndDeliveryMatter() throws {
    let network = try Self.network(
      operators: [Self.mto("m2", absorbs: true, places: ["CN"])], coverage: Self.covers("m2", ["cr", "pkp"]))
    let route = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Hamburg"))
    #expect(
      route.documentPlan?.reason == "M2, the only operator contracting every leg, does not deliver in DE")
  }

  @Test func oneModeOneCarrierNeedsNoMultimodalBL() throws {
    let network = try Self.network(
      operators: [Self.mto("m2", absorbs: true)], coverage: Self.covers("m2", ["cr", "pkp"]))
    let route = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Alashankou"))
    let plan = try #require(route.documentPlan)
    #expect(plan.kind == .singleCarrierDocument)
    #expect(plan.documents.map(\.type) == ["smgs"])
    #expect(route.totals.documents == 1)
  }

  @Test func cargoClassRefusedOnOneLegRulesOutEveryDocument() throws {
    var network = try Self.network(
      operators: [Self.mto("m2", absorbs: true)], coverage: Self.covers("m2", ["cr", "pkp"]))
    var data = network.data
    data.services[1].cargoClasses = CargoClassSet(.general)  // the CIM leg takes no reefers
    network = try TransportNetwork(data)
    var query = RouteQuery(
      from: "Jiaozhou", to: "Hamburg", cargo: Cargo(unit: .feu, quantity: 1, cargoClass: .reefer))
    query.constraints.singleDocument = true
    #expect {
      try RoutePlanner(network: network).route(query)
    } throws: { error in
      guard case .noRoute(_, _, .cutBy(let restrictions)) = error as? RoutingError else { return false }
      return restrictions == [Restriction(.cargoClass, ["reefer"])]
    }
  }

  @Test func declaredValueShowsTheUninsuredGap() throws {
    var data = try Self.network(operators: [], coverage: []).data
    data.edition = EditionRecord(
      asOf: "2024-07-15", periodStart: "2024-07-01", periodEnd: "2024-07-31", usdPerSDR: 13_500,
      sdrDate: "2024-07-15", sdrSources: ["s"])
    // A dataset with an edition dates every tariff and every record's validity.
    let always = Validity(validFrom: "2000-01-01", sources: ["s"])
    for index in data.services.indices {
      data.services[index].tariffDate = "2024-07-15"
      data.services[index].validity = always
    }
    for index in data.transfers.indices { data.transfers[index].validity = always }
    for index in data.borderCrossings.indices { data.borderCrossings[index].validity = always }
    let network = try TransportNetwork(data)
    var cargo = Cargo.containers(1, .feu)
    cargo.declaredValue = Cents(100_000_000)  // USD 1,000,000
    let route = try RoutePlanner(network: network).route(
      RouteQuery(from: "Jiaozhou", to: "Hamburg", cargo: cargo))
    let liability = try #require(route.documentPlan?.liability)
    // 8.33 SDR/kg × 20,000 kg = 166,600 SDR ≈ USD 224,910 at 1.35.
    #expect(liability.legs.first?.limitSDR == SDR(rawValue: 833 * 20_000))
    #expect(liability.legs.first?.limitCents == Cents(22_491_000))
    #expect(liability.uninsuredGapCents == Cents(100_000_000 - 22_491_000))
    #expect(liability.usdPerSDR == "1.35" && liability.sdrRateDate == "2024-07-15")
    // Without a dated rate the limits stay in SDR and the gap is unknown, never a made-up figure.
    let bare = try RoutePlanner(network: try Self.network(operators: [], coverage: [])).route(
      RouteQuery(from: "Jiaozhou", to: "Hamburg", cargo: cargo))
    let sdrOnly = try #require(bare.documentPlan?.liability)
    #expect(sdrOnly.usdPerSDR == nil && sdrOnly.legs.first?.limitCents == nil)
    #expect(sdrOnly.legs.first?.limitSDR == SDR(rawValue: 833 * 20_000))
  }
}

/// `--single-bl` on 1,000 seeded random networks with random document regimes and operator
/// coverage: the route found is the brute-force optimum among one-document routes, and it does
/// travel under one document.
@Suite struct SingleDocumentSearchTests {
  @Test func singleDocumentOptimumMatchesBruteForce() throws {
    var found = 0
    for seed in UInt64(0)..<1000 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 2)
      RandomNetwork.addDocuments(to: &data, seed: seed)
      if seed % 2 == 0 { RandomNetwork.addTimetables(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed)")
      let planner = RoutePlanner(network: network)
      var (query, origin, destination, via) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: seed % 2 == 0)
      query.constraints.singleDocument = true
      let brute = BruteForcePareto(
        network: network, query: query, origin: origin, destination: destination, via: via)
      let expected = brute.allVectors().map(\.totals).min {
        query.objective.key($0) < query.objective.key($1)
      }
      let route = try? planner.route(query)
      #expect(route?.routeTotals == expected, "seed \(seed) query \(query)")
      guard let route else { continue }
      found += 1
      #expect(route.totals.documents <= 1, "seed \(seed)")
      // A route of transfers only (a gauge change between paired border stations) has no document.
      #expect(
        route.totals.legs == 0 || route.documentPlan?.kind != .segmented,
        "seed \(seed): \(String(describing: route.documentPlan))")
    }
    #expect(found > 200)
  }
}
