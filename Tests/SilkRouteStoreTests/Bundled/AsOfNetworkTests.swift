import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// The bundled network on its edition's date (2024-07-15) against the network of 1 Jun 2021: the
/// same rates (brought to the edition's tariff period), different services valid.
@Suite struct AsOfNetworkTests {
  let data: NetworkData
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    data = bundled.data
    planner = bundled.planner
  }

  func route(_ from: String, _ to: String, asOf: String? = nil, objective: Objective = .cheapest) throws
    -> Itinerary
  {
    var query = RouteQuery(from: from, to: to, objective: objective)
    if let asOf { query.asOf = Instant(iso8601: asOf) }
    return try planner.route(query)
  }

  func services(_ itinerary: Itinerary) -> [String] { itinerary.legs.map(\.service) }

  @Test func theEditionNamesItsDateTariffPeriodAndSDRRate() throws {
    let edition = try #require(data.edition)
    #expect(edition.asOf == "2024-07-15")
    #expect(edition.periodStart <= edition.asOf && edition.asOf <= edition.periodEnd)
    #expect(edition.usdPerSDR == 13_273)  // IMF, 15 Jul 2024 (imf-sdr-2024-07-15)
    #expect(edition.sdrSources == ["imf-sdr-2024-07-15"])
  }

  /// Every tariff dated outside the tariff period is moved to it by an index factor with its index.
  @Test func everyTariffIsOfThePeriodOrIndexed() throws {
    let edition = try #require(data.edition)
    for service in data.services {
      #expect(!service.tariffDate.isEmpty, "\(service.id)")
      #expect(
        service.validity.sources.isEmpty == false && !service.validity.validFrom.isEmpty, "\(service.id)")
      if service.tariffDate < edition.periodStart || service.tariffDate > edition.periodEnd {
        #expect(service.indexFactor != nil && !service.indexSources.isEmpty, "\(service.id)")
      }
    }
  }

  /// VR Transpoint stopped receiving freight trains from Russia on 27 Mar 2022 (`vr-2022-03-26`):
  /// on the edition's date nothing reaches Moscow over Helsinki, while in 2021 the SCODA trains to
  /// Helsinki ran through Moscow (`scoda-4107`).
  @Test func helsinkiByRailIn2021ButNotOnTheEditionsDate() throws {
    let in2021 = try route("Jiaozhou", "Helsinki", asOf: "2021-06-01")
    #expect(services(in2021).contains("rail-moscow-helsinki"), "\(services(in2021))")
    let now = try route("Jiaozhou", "Helsinki")
    #expect(!services(now).contains("rail-moscow-helsinki"), "\(services(now))")
    #expect(services(in2021) != services(now))
    for objective in [Objective.cheapest, .fastest, .greenest] {
      let moscow = try route("Jiaozhou", "Moscow", objective: objective)
      #expect(
        !moscow.legs.contains { $0.service == "rail-moscow-helsinki" || $0.to.city.id == "helsinki" },
        "\(objective): \(services(moscow))")
    }
  }

  /// The China–Laos Railway opened on 3 Dec 2021 (`china-railway-2022-04-06`): in mid-2021 the
  /// Vientiane cargo leaves the train at Kunming; on the edition's date it goes through by rail.
  @Test func vientianeByRailOnlyAfterTheChinaLaosRailwayOpened() throws {
    let in2021 = try route("Jiaozhou", "Vientiane", asOf: "2021-06-01")
    #expect(!services(in2021).contains("rail-luang-prabang-vientiane"), "\(services(in2021))")
    let now = try route("Jiaozhou", "Vientiane")
    #expect(services(now).contains("rail-luang-prabang-vientiane"), "\(services(now))")
  }

  /// The main carriers stopped routing Asia–Europe loops through the Red Sea from 15 Dec 2023
  /// (`maersk-2024-01-red-sea`, `hapag-lloyd-2023-12-18`).
  @Test func noSuezOnTheEditionsDate() throws {
    for to in ["Rotterdam", "Hamburg", "Helsinki"] {
      var query = RouteQuery(from: "Qingdao", to: to, objective: .fastest, allowedModes: [.sea])
      let now = try planner.route(query)
      #expect(!now.legs.contains { $0.passages.contains("suez") }, "\(to)")
      query.asOf = Instant(iso8601: "2021-06-01")
      let before = try planner.route(query)
      #expect(before.legs.contains { $0.passages.contains("suez") }, "\(to)")
    }
  }

  /// Re-consignment at Brest–Małaszewicze is charged once, by the document model: the gauge change
  /// is handling only (one lift + the border-station fee, `est-transfer`).
  @Test func reconsignmentAtBrestIsChargedOnce() throws {
    let transfer = try #require(data.transfers.first { $0.id == "brest-malaszewicze-gauge" })
    #expect(transfer.tariff.perFEU == Cents(15_000) && transfer.tariff.perTEU == Cents(10_000))
    // Under the common CIM/SMGS note to Hamburg: no new note at the break.
    var hamburg = RouteQuery(from: "Jiaozhou", to: "Hamburg", allowedModes: [.rail])
    hamburg.constraints.via = ["Brest"]
    let viaBrest = try planner.route(hamburg)
    #expect(viaBrest.transfers.contains { $0.transfer == "brest-malaszewicze-gauge" })
    let documents = viaBrest.steps.compactMap { if case .document(let d) = $0 { d } else { nil } }
    #expect(documents.isEmpty, "\(documents)")
  }
}
