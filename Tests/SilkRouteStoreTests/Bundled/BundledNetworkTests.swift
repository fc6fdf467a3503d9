import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// The bundled SCODA dataset: its invariants and the facts its sources report.
@Suite struct BundledNetworkTests {
  let data: NetworkData
  let network: TransportNetwork
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    data = bundled.data
    network = bundled.network
    planner = bundled.planner
  }

  @Test func fortyNineCitiesInTwentyCountries() {
    // Transit points (border and gauge-change stations of a corridor) are not SCODA cities.
    let cities = data.cities.filter { $0.status != .transit }
    #expect(cities.count == 49)
    #expect(Set(cities.map(\.country)).count == 20)
    #expect(
      Set(cities.map(\.country))
        == [
          "CN", "KZ", "UZ", "KG", "TJ", "TM", "RU", "BY", "PL", "DE", "NL", "FI", "HU", "MN", "VN", "LA",
          "KR", "JP", "PK", "IR",
        ])
  }

  @Test func everyInvariantHoldsAndEveryFigureHasASource() {
    // `DataFolder.load` already threw on any issue; check the source rule explicitly too.
    #expect(DataFolder.issues(in: data).isEmpty)
    let known = Set(data.sources.map(\.id))
    for service in data.services {
      for list in [service.distanceSources, service.timeSources, service.tariffSources, service.co2Sources] {
        #expect(!list.isEmpty && list.allSatisfy(known.contains), "service \(service.id)")
      }
    }
    for transfer in data.transfers {
      #expect(!transfer.timeSources.isEmpty && !transfer.costSources.isEmpty, "transfer \(transfer.id)")
    }
  }

  @Test func allFourModesAndTheBorderGaugeChanges() {
    #expect(Set(data.services.map(\.mode)) == Set(Mode.allCases))
    let gaugeChanges = data.transfers.filter { $0.kind == .gaugeChange }
    let pairs = Set(
      gaugeChanges.map {
        Set([$0.from, $0.to].map { id in data.terminals.first { $0.id == id }?.city ?? "" })
      })
    for pair in [
      ["alashankou", "dostyk"], ["khorgos", "altynkol"], ["erenhot", "zamyn-uud"],
      ["manzhouli", "zabaikalsk"], ["brest", "malaszewicze"],
    ] {
      #expect(pairs.contains(Set(pair)), "gauge change \(pair)")
    }
  }

  @Test func jiaozhouReachesEveryCity() throws {
    let jiaozhou = try planner.resolver.city(named: "Jiaozhou")
    #expect(network.citiesUnreachable(from: jiaozhou).map { network.city($0).name } == [])
    for city in data.cities where city.id != "jiaozhou" {
      #expect(throws: Never.self, "\(city.name)") {
        _ = try planner.route(RouteQuery(from: "Jiaozhou", to: city.id, objective: .fastest))
      }
    }
  }

  func days(_ itinerary: Itinerary) -> Double { itinerary.totals.timeMinutes.days }

  @Test func railJiaozhouAlmatyTakesEightToTwelveDays() throws {
    for objective in [Objective.cheapest, .fastest] {
      let route = try planner.route(
        RouteQuery(from: "Jiaozhou", to: "Almaty", objective: objective, allowedModes: [.rail]))
      #expect((8...12).contains(days(route)), "\(objective): \(days(route)) days")
    }
  }

  /// Reported ≈15 days (trains to Vorsino) and 15–18 days (reefer trains to Selyatino); the
  /// fastest modelled route, clearing Mongolia in transit, may come in a few hours under 15.
  @Test func railJiaozhouMoscowTakesFifteenToEighteenDays() throws {
    for objective in [Objective.cheapest, .fastest] {
      let route = try planner.route(
        RouteQuery(from: "Jiaozhou", to: "Moscow", objective: objective, allowedModes: [.rail]))
      #expect((14.5...18).contains(days(route)), "\(objective): \(days(route)) days")
    }
  }

  /// Before the Red Sea diversions (mid-2023) Qingdao–Rotterdam by sea is about 34 days via Suez;
  /// on the edition's date (Jul 2024) the Suez rows are suspended (`maersk-2024-01-red-sea`,
  /// `hapag-lloyd-2023-12-18`) and the ships go round the Cape, a week or two longer.
  @Test func seaQingdaoRotterdamViaSuezBeforeTheDiversionsAndViaTheCapeAfter() throws {
    var before = RouteQuery(from: "Qingdao", to: "Rotterdam", objective: .fastest, allowedModes: [.sea])
    before.asOf = Instant(iso8601: "2023-06-01")
    let suezRoute = try planner.route(before)
    #expect((32...36).contains(days(suezRoute)), "\(days(suezRoute)) days")
    #expect(suezRoute.legs.contains { $0.passages.contains("suez") })
    let capeRoute = try planner.route(
      RouteQuery(from: "Qingdao", to: "Rotterdam", objective: .fastest, allowedModes: [.sea]))
    #expect(capeRoute.legs.contains { $0.passages.contains("cape") })
    #expect(!capeRoute.legs.contains { $0.passages.contains("suez") })
    #expect(
      (7...14).contains(days(capeRoute) - days(suezRoute)), "Cape +\(days(capeRoute) - days(suezRoute)) days")
  }

  @Test func airQingdaoMoscowIsAboutNineHoursInTheAir() throws {
    let route = try planner.route(
      RouteQuery(from: "Qingdao", to: "Moscow", objective: .fastest, allowedModes: [.air, .road]))
    let flight = try #require(route.legs.first { $0.mode == .air })
    #expect((510...570).contains(flight.timeMinutes.rawValue), "\(flight.timeMinutes)")
  }

  /// Mid-2024, with Asia–Europe ships round the Cape, one FEU to Hamburg is cheaper by rail
  /// (China–Europe rail about 7,100 USD/FEU, `est-rail-index-2024`, `yicai-2024-05-23`) than by sea
  /// (SCFI Shanghai–Europe 4,336 USD/TEU, `scfi-2024-06-21`), and air is dearest; sea is slowest.
  @Test func hamburgOneFEURailCheapestInMid2024SeaSlowestAirFastest() throws {
    func best(_ modes: Set<Mode>) throws -> Itinerary {
      try planner.route(
        RouteQuery(
          from: "Jiaozhou", to: "Hamburg", cargo: .containers(1, .feu), objective: .cheapest,
          allowedModes: modes))
    }
    let sea = try best([.sea, .road])
    let rail = try best([.rail, .road])
    let air = try best([.air, .road])
    #expect(
      sea.totals.modes.contains(.sea) && rail.totals.modes.contains(.rail) && air.totals.modes.contains(.air))
    #expect(
      rail.totals.costCents < sea.totals.costCents,
      "rail \(rail.totals.costCents) sea \(sea.totals.costCents)")
    #expect(
      sea.totals.costCents < air.totals.costCents,
      "sea \(sea.totals.costCents) air \(air.totals.costCents)")
    #expect(sea.totals.timeMinutes > rail.totals.timeMinutes)
    #expect(rail.totals.timeMinutes > air.totals.timeMinutes)
  }

  @Test func timetablesMakeTrainsConnectAndWaitingCounts() throws {
    let staticRoute = try planner.route(
      RouteQuery(from: "Jiaozhou", to: "Almaty", objective: .fastest, allowedModes: [.rail]))
    var extraByDay: [Int64] = []
    // Cargo ready at midnight UTC on each day of the week starting Monday 2026-11-30.
    for day in 0..<7 {
      let ready = try #require(Instant(iso8601: "2026-11-30T00:00Z")) + Minutes.days(Int64(day))
      let timed = try planner.route(
        RouteQuery(
          from: "Jiaozhou", to: "Almaty", objective: .fastest, allowedModes: [.rail], departure: ready))
      let extra = (timed.totals.timeMinutes - staticRoute.totals.timeMinutes).rawValue
      #expect(extra >= 0, "day \(day): waiting cannot make it faster")
      #expect(extra <= 7 * 1440, "day \(day): a weekly train is never more than a week away")
      #expect(timed.arrival == ready + timed.totals.timeMinutes)
      #expect(timed.legs.allSatisfy { $0.departsAt != nil && $0.arrivesAt != nil })
      extraByDay.append(extra)
    }
    // On the best day the through train connects: less than a day of waiting in all.
    #expect((extraByDay.min() ?? .max) < 1440, "\(extraByDay)")
  }

  /// The operators' coverage lets the main corridors travel under one through B/L.
  @Test func mainCorridorsTravelUnderOneDocument() throws {
    let corridors: [(String, String, Set<Mode>)] = [
      ("Jiaozhou", "Almaty", [.rail]), ("Jiaozhou", "Hamburg", [.rail]), ("Qingdao", "Hamburg", [.sea]),
      ("Jiaozhou", "Moscow", [.air]), ("Qingdao", "Moscow", [.sea, .rail]),
    ]
    for (from, to, modes) in corridors {
      var query = RouteQuery(from: from, to: to, allowedModes: modes)
      query.constraints.singleDocument = true
      let route = try planner.route(query)
      let plan = try #require(route.documentPlan)
      #expect(plan.kind != .segmented, "\(from)→\(to): \(plan)")
      #expect(route.totals.documents == 1, "\(from)→\(to)")
      #expect(route.legs.allSatisfy { modes.contains($0.mode) }, "\(from)→\(to)")
    }
  }

  @Test func tirTruckAfterRailCannotShareTheRailOperatorsBL() throws {
    // Rail to Khorgos, then the TIR truck Khorgos–Almaty (the rail crossings and the direct
    // TIR truck from Jiaozhou are avoided): no operator contracts both.
    var query = RouteQuery(from: "Jiaozhou", to: "Almaty", allowedModes: [.rail, .road])
    query.constraints.via = ["Khorgos"]
    query.constraints.avoidCrossings = [
      "khorgos-altynkol", "alashankou-dostyk", "khorgos-nur-zholy-tir-jiaozhou",
    ]
    let route = try planner.route(query)
    let plan = try #require(route.documentPlan)
    #expect(plan.kind == .segmented)
    #expect(plan.documents.map(\.type) == ["smgs", "cmr-tir"])
    let reason = try #require(plan.reason)
    #expect(
      reason.hasPrefix("leg 3 (road")
        && reason.contains("Khorgos–Almaty) is not contracted by any operator that covers leg 1"), "\(reason)"
    )
    // With one document required, the planner switches to trucks all the way under the TIR hub's B/L.
    query.constraints.singleDocument = true
    let single = try planner.route(query)
    #expect(single.documentPlan?.kind == .throughBillOfLading)
    #expect(single.legs.allSatisfy { $0.mode == .road })
  }

  /// Asked for the cheapest (greenest) route arriving by a date, the planner takes the cheapest
  /// (greenest) of the horizon, leaving as late as it can, not the air route that leaves latest.
  @Test func arriveByHonoursTheObjective() throws {
    let deadline = try #require(Instant(iso8601: "2026-12-20T00:00Z"))
    for destination in ["Hamburg", "Almaty"] {
      var query = RouteQuery(from: "Jiaozhou", to: destination)
      let untimed = try planner.route(query)
      let cheapest = try planner.latestDeparture(query, arriveBy: deadline)
      query.objective = .fastest
      let fastest = try planner.latestDeparture(query, arriveBy: deadline)
      query.objective = .greenest
      let greenest = try planner.latestDeparture(query, arriveBy: deadline)
      for route in [cheapest, fastest, greenest] {
        #expect(route.arrival.map { $0 <= deadline } == true, "\(destination) \(route.objective)")
      }
      #expect(!cheapest.totals.modes.contains(.air), "\(destination)")
      #expect(fastest.totals.modes.contains(.air), "\(destination)")
      #expect(cheapest.totals.costCents < fastest.totals.costCents, "\(destination)")
      #expect(greenest.totals.co2Grams < fastest.totals.co2Grams, "\(destination)")
      let leaves = try #require(cheapest.departure)
      #expect(fastest.departure.map { leaves < $0 } == true, "\(destination)")
      // Cost does not depend on the departure: as cheap as with no date at all…
      #expect(cheapest.totals.costCents == untimed.totals.costCents, "\(destination)")
      // …and leaving one minute later, nothing as cheap arrives in time.
      query.objective = .cheapest
      query.departure = leaves + Minutes(1)
      query.constraints.maxDuration = deadline - (leaves + Minutes(1))
      let later = try? planner.route(query)
      #expect(later.map { $0.totals.costCents > cheapest.totals.costCents } ?? true, "\(destination)")
    }
  }

  /// UN/LOCODEs name cities, with or without the space, in any case; each names its own city.
  @Test func citiesMatchByUNLOCODE() throws {
    #expect(try planner.resolver.city(named: "CNTAO") == planner.resolver.city(named: "Qingdao"))
    #expect(try planner.resolver.city(named: "de ham") == planner.resolver.city(named: "Hamburg"))
    for city in data.cities where !city.locode.isEmpty {
      #expect(
        try planner.resolver.city(named: city.locode) == planner.resolver.city(named: city.id),
        "\(city.locode)")
    }
    let route = try planner.route(RouteQuery(from: "CNTAO", to: "DEHAM"))
    #expect(route.origin.id == "qingdao" && route.destination.id == "hamburg")
    #expect(planner.resolver.matcher.matches("CNTA0").isEmpty)
    #expect(planner.resolver.matcher.suggestions(for: "CNTA0", cities: data.cities).first == "Qingdao")
  }

  @Test func importExportImportRoundTripsIdentically() throws {
    let folder = try BundledNetwork.dataFolder()
    let first = Fixture.scratch().appendingPathComponent("a.sqlite").path
    try DatabaseFile.importData(try DataFolder.load(folder), into: first)
    let exported = Fixture.scratch()
    try DataFolder.write(try NetworkStore(path: first).load(), to: exported)
    let second = Fixture.scratch().appendingPathComponent("b.sqlite").path
    try DatabaseFile.importData(try DataFolder.load(exported), into: second)
    #expect(try NetworkStore(path: second).load() == NetworkStore(path: first).load())
    #expect(try NetworkStore(path: second).datasetVersion() == NetworkStore(path: first).datasetVersion())
    // Data/ is kept in canonical form, so the export is byte-identical to it.
    for table in DataTables.all {
      let path = folder.appendingPathComponent(table.fileName)
      if table.isOptional && !FileManager.default.fileExists(atPath: path.path) { continue }
      let original = try String(contentsOf: path, encoding: .utf8)
      let written = try String(contentsOf: exported.appendingPathComponent(table.fileName), encoding: .utf8)
      #expect(original == written, "\(table.fileName) is not canonical")
    }
  }
}
