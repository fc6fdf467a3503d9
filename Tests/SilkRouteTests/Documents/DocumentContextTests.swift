import Testing

@testable import SilkRoute

/// Dominance across document contexts (`ContextDominance`): a label may prune a label of another
/// document context only once charged the most its own context can cost more on the way on.
/// Each hand-built case has two routes to a terminal where the first label reached dominates
/// the other on the dominance dimensions but pays more for the documents after it, so the
/// second route is on the front; a wrong charge drops it.
@Suite struct DocumentContextTests {
  /// A service: `a-road` … are terminals (city, mode); one FEU costs `cost` cents.
  struct Leg: Sendable {
    var id: String
    var mode: Mode
    var carrier: String
    var from: String
    var to: String
    var cost: Int64
    var time: Minutes = .days(1)
    var document: DocumentRegime
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var legs: [Leg]
    /// Mode changes (one hour, free) from one terminal to another in the same city.
    var modeChanges: [(from: String, to: String)] = []
    var newDocument: [DocumentRegime: (cost: Int64, time: Minutes)]
    var criteria: [Criterion] = [.cost, .time]
    /// The front: (cost, time, documents) per route, cheapest first, and the first route's legs.
    var expected: [(cost: Int64, time: Int64, documents: Int)]
    var cheapestLegs: [String]
    var testDescription: String { name }
  }

  static let cases = [
    // Two truckers: x's label at b costs 100, y's 110; y carries on to c, x's cargo needs a new
    // CMR there (30), so y, y (210) beats x, y (230).
    Case(
      name: "carrier vs carrier: money",
      legs: [
        Leg(
          id: "x-ab", mode: .road, carrier: "x", from: "a-road", to: "b-road", cost: 10_000, document: .cmr),
        Leg(
          id: "y-ab", mode: .road, carrier: "y", from: "a-road", to: "b-road", cost: 11_000, document: .cmr),
        Leg(
          id: "y-bc", mode: .road, carrier: "y", from: "b-road", to: "c-road", cost: 10_000, document: .cmr),
      ],
      newDocument: [.cmr: (3_000, .zero)], expected: [(21_000, 2 * 1_440, 1)], cheapestLegs: ["y-ab", "y-bc"]),
    // y is 30 minutes slower to b; the new CMR takes an hour.
    Case(
      name: "carrier vs carrier: time",
      legs: [
        Leg(
          id: "x-ab", mode: .road, carrier: "x", from: "a-road", to: "b-road", cost: 10_000, document: .cmr),
        Leg(
          id: "y-ab", mode: .road, carrier: "y", from: "a-road", to: "b-road", cost: 10_000,
          time: .days(1) + Minutes(30), document: .cmr),
        Leg(
          id: "y-bc", mode: .road, carrier: "y", from: "b-road", to: "c-road", cost: 10_000, document: .cmr),
      ],
      newDocument: [.cmr: (0, .hours(1))], expected: [(20_000, 2 * 1_440 + 30, 1)],
      cheapestLegs: ["y-ab", "y-bc"]),
    // A tie on money and time; y, y needs one document fewer.
    Case(
      name: "carrier vs carrier: documents",
      legs: [
        Leg(
          id: "x-ab", mode: .road, carrier: "x", from: "a-road", to: "b-road", cost: 10_000, document: .cmr),
        Leg(
          id: "y-ab", mode: .road, carrier: "y", from: "a-road", to: "b-road", cost: 10_000, document: .cmr),
        Leg(
          id: "y-bc", mode: .road, carrier: "y", from: "b-road", to: "c-road", cost: 10_000, document: .cmr),
      ],
      newDocument: [:], criteria: [.cost, .documents], expected: [(20_000, 2 * 1_440, 1)],
      cheapestLegs: ["y-ab", "y-bc"]),
    // SMGS rail to b (100) vs road (115) and a mode change; the common CIM/SMGS train to c takes
    // the SMGS note as it is but the truck's cargo under a new common note (10); the CIM train to
    // d breaks the SMGS note (100) and not the common one. Road: 325 in 3 days and an hour;
    // SMGS: 400 in 3 days. An SMGS consignment must not join the carriers' group.
    Case(
      name: "SMGS consignment vs carrier",
      legs: [
        Leg(
          id: "smgs-ab", mode: .rail, carrier: "k", from: "a-rail", to: "b-rail", cost: 10_000,
          document: .smgs),
        Leg(
          id: "road-ab", mode: .road, carrier: "k", from: "a-road", to: "b-road", cost: 11_500, document: .cmr
        ),
        Leg(
          id: "common-bc", mode: .rail, carrier: "k", from: "b-rail", to: "c-rail", cost: 10_000,
          document: .cimSMGS),
        Leg(
          id: "cim-cd", mode: .rail, carrier: "k", from: "c-rail", to: "d-rail", cost: 10_000, document: .cim),
      ],
      modeChanges: [("b-road", "b-rail")],
      newDocument: [.cmr: (1_000, .zero), .cimSMGS: (1_000, .zero), .cim: (10_000, .zero)],
      expected: [(32_500, 3 * 1_440 + 60, 2), (40_000, 3 * 1_440, 2)],
      cheapestLegs: ["road-ab", "common-bc", "cim-cd"]),
    // A truck's cargo at b's rail terminal (90 + 10 for its next document = 100) vs an SMGS
    // consignment (105); the SMGS train on to c takes the consignment as it is but the truck's
    // cargo under a new SMGS note (100). A carrier document must not prune an SMGS consignment.
    Case(
      name: "carrier vs SMGS consignment",
      legs: [
        Leg(
          id: "road-ab", mode: .road, carrier: "k", from: "a-road", to: "b-road", cost: 9_000, document: .cmr),
        Leg(
          id: "smgs-ab", mode: .rail, carrier: "k", from: "a-rail", to: "b-rail", cost: 10_500,
          time: .days(1) + .hours(2), document: .smgs),
        Leg(
          id: "smgs-bc", mode: .rail, carrier: "k", from: "b-rail", to: "c-rail", cost: 10_000,
          document: .smgs),
      ],
      modeChanges: [("b-road", "b-rail")],
      newDocument: [.cmr: (1_000, .zero), .smgs: (10_000, .zero)],
      expected: [(20_500, 2 * 1_440 + 120, 1), (29_000, 2 * 1_440 + 60, 2)],
      cheapestLegs: ["smgs-ab", "smgs-bc"]),
    // The common note at b's road depot (100, by rail and a mode change) vs trucker y (105, two
    // hours slower); y's truck on to c takes its own cargo as it is and the rail cargo under a
    // new CMR (10). The common note joins the carriers' group only with that charge.
    Case(
      name: "common CIM/SMGS note vs carrier",
      legs: [
        Leg(
          id: "common-ab", mode: .rail, carrier: "k", from: "a-rail", to: "b-rail", cost: 10_000,
          document: .cimSMGS),
        Leg(
          id: "y-ab", mode: .road, carrier: "y", from: "a-road", to: "b-road", cost: 10_500,
          time: .days(1) + .hours(2), document: .cmr),
        Leg(
          id: "y-bc", mode: .road, carrier: "y", from: "b-road", to: "c-road", cost: 10_000, document: .cmr),
      ],
      modeChanges: [("b-rail", "b-road")],
      newDocument: [.cmr: (1_000, .zero)],
      expected: [(20_500, 2 * 1_440 + 120, 1), (21_000, 2 * 1_440 + 60, 2)],
      cheapestLegs: ["y-ab", "y-bc"]),
  ]

  static func network(_ testCase: Case) throws -> TransportNetwork {
    var data = NetworkData()
    let s = ["s"]
    data.sources = [SourceRecord(id: "s", kind: .estimate, citation: "test")]
    data.customsTerritories = [
      CustomsTerritoryRecord(id: "t", name: "T", entryClearance: .zero, entryClearanceCost: .zero, sources: s)
    ]
    data.countries = [CountryRecord(code: "KZ", name: "Kazakhstan", customsTerritory: "t", sources: s)]
    let terminals = Set(testCase.legs.flatMap { [$0.from, $0.to] }).sorted()
    for city in Set(terminals.map { String($0.prefix { $0 != "-" }) }).sorted() {
      data.cities.append(
        CityRecord(id: city, name: city.uppercased(), country: "KZ", latitude: 0, longitude: 0, sources: s))
    }
    for terminal in terminals {
      let city = String(terminal.prefix { $0 != "-" })
      let rail = terminal.hasSuffix("rail")
      data.terminals.append(
        TerminalRecord(
          id: terminal, city: city, mode: rail ? .rail : .road, name: terminal, gauge: rail ? .russian : nil,
          sources: s))
    }
    data.carriers = Set(testCase.legs.map(\.carrier)).sorted().map {
      CarrierRecord(id: $0, name: $0.uppercased(), country: "KZ", kind: .trucking, sources: s)
    }
    // In the given order, so that on a tie the first leg's label is settled first.
    data.services = testCase.legs.map { leg in
      ServiceRecord(
        id: leg.id, mode: leg.mode, carrier: leg.carrier, from: leg.from, to: leg.to, bidirectional: false,
        distance: Kilometres(500), transit: leg.time, tariff: Tariff(perFEU: Cents(leg.cost)),
        co2Intensity: GramsPerTonneKilometre(20), document: leg.document, distanceSources: s, timeSources: s,
        tariffSources: s, co2Sources: s)
    }
    data.transfers = testCase.modeChanges.map { change in
      TransferRecord(
        id: "\(change.from)-to-\(change.to)", kind: .modeChange, from: change.from, to: change.to,
        bidirectional: false, time: .hours(1), tariff: Tariff(perFEU: .zero), timeSources: s, costSources: s)
    }
    data.documentRegimes = DocumentRegime.allCases.map {
      DocumentRegimeRecord(
        regime: $0, name: $0.rawValue, convention: "test", isTransitDocument: false,
        liabilityPerKilogram: SDR(rawValue: 833), liabilityPerPackage: nil,
        newDocumentCost: Cents(testCase.newDocument[$0]?.cost ?? 0),
        newDocumentTime: testCase.newDocument[$0]?.time ?? .zero, sources: s)
    }
    return try TransportNetwork(data)
  }

  @Test(arguments: cases)
  func aLabelPaysForWhatItsDocumentMayCostMore(_ testCase: Case) throws {
    let network = try Self.network(testCase)
    let destination = testCase.legs.last.map { String($0.to.prefix { $0 != "-" }) } ?? ""
    let front = try RoutePlanner(network: network).paretoFront(
      RouteQuery(from: "a", to: destination, cargo: .containers(1, .feu)), criteria: testCase.criteria)
    let got = front.map {
      ($0.totals.costCents.rawValue, $0.totals.timeMinutes.rawValue, $0.totals.documents)
    }
    #expect(got.count == testCase.expected.count, "front \(got)")
    #expect(zip(got, testCase.expected).allSatisfy { $0 == $1 }, "front \(got)")
    #expect(front.first?.legs.map(\.service) == testCase.cheapestLegs)
  }
}

extension DocumentContextTests {
  /// Charges are per terminal and context: what the next leg in that context leaving the
  /// terminal or its transfers' terminals can cost in a new document.
  @Test func chargesCoverTheTransferClosure() throws {
    let testCase = try #require(Self.cases.first { $0.name == "common CIM/SMGS note vs carrier" })
    let network = try Self.network(testCase)
    func terminal(_ id: String) throws -> Int {
      try #require(network.data.terminals.firstIndex { $0.id == id })
    }
    let y = network.serviceContext[try #require(network.data.services.firstIndex { $0.id == "y-bc" })]
    let charges = network.nextDocumentCharges
    // b's rail terminal reaches the road depot by a mode change, where y's truck leaves.
    #expect(charges.charge(at: try terminal("b-rail"), context: y).map { [$0.cost, $0.time] } == [1_000, 0])
    #expect(charges.charge(at: try terminal("b-road"), context: y).map { [$0.cost, $0.time] } == [1_000, 0])
    #expect(charges.charge(at: try terminal("c-road"), context: y) == nil)
    #expect(charges.charge(at: try terminal("a-rail"), context: y) == nil)
    #expect(charges.railLeaves(try terminal("a-rail")))
    #expect(!charges.railLeaves(try terminal("b-rail")))
    #expect(!charges.railLeaves(try terminal("b-road")))
  }
}

extension DocumentContextTests {
  /// Pareto fronts equal brute-force enumeration on 1,600 seeded random networks (400 per criteria set) made for
  /// document breaks: every service under one of three carriers (so many carrier contexts meet
  /// at a terminal), rail under SMGS, CIM or the common note, one FEU on legs priced and timed
  /// in a narrow band, and new documents worth up to a leg, so that pruning across contexts without the right charge shows in the front.
  @Test(arguments: [
    [Criterion.cost, .time], [.cost, .time, .co2], [.cost, .documents], [.time, .documents],
  ])
  func paretoFrontAcrossContextsMatchesBruteForce(criteria: [Criterion]) throws {
    try compareAcrossContexts(criteria: criteria, seeds: 0..<400, tiny: false)
  }

  /// As above with prices, times and document charges of a few cents and minutes (400 networks
  /// per criteria set): labels tie or differ by one everywhere, so that a dominance test off by
  /// a little (the group's two-criteria walk, the mature window of three criteria, led by cost or
  /// by time) shows in the front.
  @Test(arguments: [
    [Criterion.cost, .time], [.time, .cost], [.cost, .time, .co2], [.time, .cost, .co2],
    [.cost, .time, .documents],
    [.cost, .documents],
  ])
  func paretoFrontAcrossContextsMatchesBruteForceOnTinyWeights(criteria: [Criterion]) throws {
    try compareAcrossContexts(criteria: criteria, seeds: 1_000..<1_400, tiny: true)
  }

  /// The tiny-weights networks with their document regimes and operators deleted (400 per
  /// criteria set): one context and one booking product, where a two-criteria search tests the
  /// labels it takes from the queue on their entries alone (a slack of one there fails).
  @Test(arguments: [[Criterion.cost, .time], [.time, .cost], [.cost, .co2]])
  func paretoFrontWithoutRegimesMatchesBruteForceOnTinyWeights(criteria: [Criterion]) throws {
    try compareAcrossContexts(criteria: criteria, seeds: 2_000..<2_400, tiny: true, regimes: false)
  }

  func compareAcrossContexts(criteria: [Criterion], seeds: Range<UInt64>, tiny: Bool, regimes: Bool = true)
    throws
  {
    var compared = 0
    for seed in seeds {
      var data = RandomNetwork.documentsDecide(seed: seed, tiny: tiny)
      if !regimes {
        data.documentRegimes = []
        data.operators = []
        data.operatorCoverage = []
      }
      let network: TransportNetwork
      do { network = try TransportNetwork(data) } catch {
        Issue.record("seed \(seed): invalid network: \(error)")
        continue
      }
      var (query, origin, destination, via) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: false, timed: false)
      query.cargo = .containers(1, .feu)
      let brute = BruteForcePareto(
        network: network, query: query, origin: origin, destination: destination, via: via)
      let expected = BruteForcePareto.front(brute.allVectors(), criteria)
      let context = "seed \(seed) criteria \(criteria) query \(query)"
      switch Result(catching: { () throws(RoutingError) -> [Itinerary] in
        try RoutePlanner(network: network).paretoFront(query, criteria: criteria)
      }) {
      case .success(let front):
        let got = BruteForcePareto.projected(front, criteria)
        #expect(got == expected, "\(context)")
        compared += 1
      case .failure(let error):
        #expect(expected.isEmpty, "\(context): \(error), but brute force found \(expected)")
      }
    }
    #expect(compared > 100)
  }
}
