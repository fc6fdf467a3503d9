import Testing

@testable import SilkRoute

@Suite struct EmissionsReportTests {
  /// A published transport chain calculation with hub operations, reproduced to its figures: HHLA,
  /// "CO2 emissions per container handled" (source `hhla-co2-per-container`; after IMO 2009 and
  /// IFEU 2008, EcoTransIT): one standard container Shanghai–Hamburg by a 13,000 TEU ship (19,879
  /// km, 1,739 kg), handled in the Port of Hamburg (10 kg), by rail to Prague (157 kg), handled at
  /// the Prague rail terminal (7 kg): 1,913 kg, shares 90.9 %, 0.5 %, 8.2 %, 0.4 %. The legs'
  /// WTW are the published figures; the hubs come from the published per-container figures as hub
  /// factors per tonne at the GLEC default load of 10 t per TEU.
  @Test func reproducesHHLAShanghaiHamburgPragueChain() {
    let shanghai = CityRef(id: "shanghai", name: "Shanghai", country: "CN")
    let hamburg = CityRef(id: "hamburg", name: "Hamburg", country: "DE")
    let prague = CityRef(id: "prague", name: "Prague", country: "CZ")
    func terminal(_ city: CityRef, _ mode: Mode) -> TerminalRef {
      TerminalRef(id: "\(city.id)-\(mode.rawValue)", name: city.name, mode: mode, gaugeMm: nil, city: city)
    }
    func leg(_ id: String, _ mode: Mode, _ from: TerminalRef, _ to: TerminalRef, km: Int64, grams: Int64)
      -> ItineraryStep
    {
      .leg(
        Leg(
          service: id, mode: mode, carrier: "c", carrierName: "c", from: from, to: to,
          distanceKm: Kilometres(km),
          timeMinutes: .zero, costCents: .zero, co2Grams: Grams(grams), passages: [], departsAt: nil,
          arrivesAt: nil, waitMinutes: .zero, document: .oceanBL))
    }
    func transfer(_ id: String, _ from: TerminalRef, _ to: TerminalRef) -> ItineraryStep {
      .transfer(
        TransferStep(
          transfer: id, kind: .modeChange, from: from, to: to, timeMinutes: .zero, costCents: .zero,
          co2Grams: .zero))
    }
    let steps = [
      leg("sea", .sea, terminal(shanghai, .sea), terminal(hamburg, .sea), km: 19_879, grams: 1_739_000),
      transfer("hamburg-sea-rail", terminal(hamburg, .sea), terminal(hamburg, .rail)),
      leg("rail", .rail, terminal(hamburg, .rail), terminal(prague, .rail), km: 650, grams: 157_000),
      transfer("prague-rail-road", terminal(prague, .rail), terminal(prague, .road)),
    ]
    let factors = EmissionFactors([
      EmissionFactorRecord(
        id: "hub-sea", kind: .hub, mode: .sea, hubWTW: GramsPerTonne(1_000), hubTTW: GramsPerTonne(0),
        sources: ["hhla-co2-per-container"]),
      EmissionFactorRecord(
        id: "hub-rail", kind: .hub, mode: .rail, hubWTW: GramsPerTonne(700), hubTTW: GramsPerTonne(0),
        sources: ["hhla-co2-per-container"]),
    ])
    let report = EmissionsReport(
      steps: steps, payloadKg: Cargo.containers(1, .teu).payloadKilograms, factors: factors
    ) { _ in nil }
    #expect(report.hubs.map(\.wtwGrams) == [Grams(10_000), Grams(7_000)])
    #expect(report.hubs.map(\.terminal) == ["hamburg-sea", "prague-rail"])
    #expect(report.totals.wtwGrams == Grams(1_913_000))
    #expect(report.totals.hubWtwGrams == Grams(17_000))
    // Shares in tenths of a percent, rounded as published.
    let parts = [
      report.legs[0].wtwGrams, report.hubs[0].wtwGrams, report.legs[1].wtwGrams, report.hubs[1].wtwGrams,
    ]
    let total = report.totals.wtwGrams.rawValue
    #expect(parts.map { ($0.rawValue * 1000 + total / 2) / total } == [909, 5, 82, 4])
  }

  /// Tank-to-wheel: a leg's TTW is its factor row's TTW intensity × payload × distance, a hub's
  /// its TTW per tonne × payload; the chain's TTW their sum, unknown when a leg has no row.
  @Test func tankToWheelComesFromTheFactorRows() {
    let city = CityRef(id: "a", name: "A", country: "AA")
    let b = CityRef(id: "b", name: "B", country: "AA")
    let rail = TerminalRef(id: "a-rail", name: "A", mode: .rail, gaugeMm: 1435, city: city)
    let road = TerminalRef(id: "a-road", name: "A", mode: .road, gaugeMm: nil, city: city)
    let railB = TerminalRef(id: "b-rail", name: "B", mode: .rail, gaugeMm: 1435, city: b)
    let steps: [ItineraryStep] = [
      .transfer(
        TransferStep(
          transfer: "x", kind: .modeChange, from: road, to: rail, timeMinutes: .zero, costCents: .zero,
          co2Grams: .zero)),
      .leg(
        Leg(
          service: "r", mode: .rail, carrier: "c", carrierName: "c", from: rail, to: railB,
          distanceKm: Kilometres(1_000), timeMinutes: .zero, costCents: .zero, co2Grams: Grams(600_000),
          passages: [], departsAt: nil, arrivesAt: nil, waitMinutes: .zero, document: .smgs)),
    ]
    let rows = [
      EmissionFactorRecord(
        id: "rail-diesel", kind: .transport, mode: .rail, wtwIntensity: GramsPerTonneKilometre(30),
        energy: "diesel", ttwIntensity: GramsPerTonneKilometre(24), sources: ["f"]),
      EmissionFactorRecord(
        id: "hub-rail", kind: .hub, mode: .rail, hubWTW: GramsPerTonne(700), hubTTW: GramsPerTonne(435),
        sources: ["h"]),
    ]
    let service = EmissionsReport.ServiceFactor(intensity: GramsPerTonneKilometre(30), sources: ["s"])
    let report = EmissionsReport(
      steps: steps, payloadKg: 20_000, factors: EmissionFactors(rows)
    ) { _ in service }
    #expect(report.legs[0].ttwGrams == Grams(480_000))
    #expect(report.legs[0].sources == ["s", "f"])
    #expect(report.hubs[0].wtwGrams == Grams(14_000))
    #expect(report.hubs[0].ttwGrams == Grams(8_700))
    #expect(report.totals.ttwGrams == Grams(488_700))
    #expect(report.totals.wtwGrams == Grams(614_000))
    #expect(report.totals.tonneKm == 20_000)
    #expect(report.totals.wtwMilligramsPerTkm == 30_700)
    let unknown = EmissionsReport(steps: steps, payloadKg: 20_000, factors: EmissionFactors([])) { _ in nil }
    #expect(unknown.totals.ttwGrams == nil)
    #expect(unknown.totals.wtwGrams == Grams(600_000))
  }

  /// On 400 seeded random networks whose hubs emit (`RandomNetwork` gives most modes a hub
  /// factor): for every objective the report's WTW total is the route's CO2, the hubs' WTW the
  /// transfers' CO2; the greenest route's CO2 is the brute-force minimum with hub emissions
  /// counted. Hubs must emit on many routes, or the check proves little.
  @Test func reportTotalsAreTheRouteCO2OnRandomNetworksWithHubs() throws {
    var checked = 0
    var withHubEmissions = 0
    for seed in UInt64(0)..<400 {
      let network = try #require(try? TransportNetwork(RandomNetwork.make(seed: seed)), "seed \(seed)")
      let planner = RoutePlanner(network: network)
      var rng = SplitMix64(seed: seed ^ 0xE41)
      for objective in Objective.allCases {
        let origin = Int.random(in: 0..<network.cityCount, using: &rng)
        let destination =
          (origin + 1 + Int.random(in: 0..<network.cityCount - 1, using: &rng)) % network.cityCount
        let cargo = RandomNetwork.cargo(using: &rng)
        let query = RouteQuery(
          from: network.records.city(origin).id, to: network.records.city(destination).id, cargo: cargo,
          objective: objective)
        guard let route = try? planner.route(query) else { continue }
        let report = EmissionsReport(itinerary: route, network: network)
        #expect(report.totals.wtwGrams == route.totals.co2Grams, "seed \(seed) \(objective)")
        #expect(report.hubs.count == route.transfers.count, "seed \(seed)")
        #expect(
          report.totals.hubWtwGrams == route.transfers.reduce(Grams.zero) { $0 + $1.co2Grams }, "seed \(seed)"
        )
        if report.totals.hubWtwGrams > .zero { withHubEmissions += 1 }
        checked += 1
        guard objective == .greenest else { continue }
        let model = CargoCostModel(network: network, cargo: cargo)
        let best = BruteForce.best(
          in: network, from: Array(network.cityTerminals[origin]),
          to: Array(network.cityTerminals[destination]),
          objective: .greenest, weight: model.weight(of:))
        #expect(best?.co2 == route.totals.co2Grams, "seed \(seed): greenest \(route.totals.co2Grams)")
      }
    }
    #expect(checked > 350)
    #expect(withHubEmissions > 50)
  }
}
