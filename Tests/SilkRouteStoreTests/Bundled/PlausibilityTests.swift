import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// One expectation on the bundled network at its edition's date (2024-07-15), with the sources it
/// rests on (ids of `Data/sources.csv`).
struct Plausible: Sendable, CustomTestStringConvertible {
  let from: String
  let to: String
  let objective: Objective
  let modes: Set<Mode>
  /// Door-to-door days (transit, handling and clearance, no waiting) the sources report.
  let days: ClosedRange<Double>?
  /// USD for one FEU.
  let usd: ClosedRange<Double>?
  /// A mode the route must use.
  let uses: Mode?
  let sources: String

  init(
    _ from: String, _ to: String, _ objective: Objective, _ modes: Set<Mode> = Set(Mode.allCases),
    days: ClosedRange<Double>? = nil, usd: ClosedRange<Double>? = nil, uses: Mode? = nil, sources: String
  ) {
    self.from = from
    self.to = to
    self.objective = objective
    self.modes = modes
    self.days = days
    self.usd = usd
    self.uses = uses
    self.sources = sources
  }

  var testDescription: String {
    "\(from)→\(to) \(objective) \(modes.map(\.rawValue).sorted().joined(separator: "+"))"
  }
}

/// Routes across the network checked against published transit times and rates; none may use a
/// service suspended on the edition's date, and none may ship west by sea to Europe and come back
/// east by land (in mid-2024 the sea rate to Europe, round the Cape, was above the rail rate).
@Suite struct PlausibilityTests {
  static let rail: Set<Mode> = [.rail]
  static let all = Set(Mode.allCases)
  static let cases: [Plausible] = [
    // Central Asia
    Plausible("Jiaozhou", "Almaty", .fastest, rail, days: 8...12, sources: "infosurhoy-2020 (8-12 days)"),
    Plausible(
      "Jiaozhou", "Almaty", .cheapest, rail, days: 8...12, uses: .rail,
      sources: "infosurhoy-2020; erai-2024-07-15"),
    Plausible(
      "Jiaozhou", "Bishkek", .fastest, rail, days: 10...13, sources: "guanhai-51554 (12 days via Khorgos)"),
    Plausible(
      "Jiaozhou", "Tashkent", .fastest, rail, days: 10...14,
      sources: "ecns-2018-04-13 (Jinan-Uzbekistan 13 days)"),
    Plausible(
      "Jiaozhou", "Dushanbe", .fastest, rail, days: 13...16, sources: "people-2021-07-06 (about 15 days)"),
    Plausible(
      "Jiaozhou", "Almaty", .fastest, [.air, .road], days: 0...2, uses: .air,
      sources: "huanggang-344010 (about 5 h flight)"),
    // Russia
    Plausible(
      "Jiaozhou", "Moscow", .fastest, rail, days: 14.5...18, sources: "scoda-6991 (15 days to Vorsino, 15-18)"
    ),
    Plausible(
      "Jiaozhou", "Moscow", .cheapest, all, days: 14...18, usd: 3_289...8_000, uses: .rail,
      sources: "scoda-6991; erai-2024-07-15 (3,289 USD/FEU for the EAEU stretch alone)"),
    Plausible(
      "Jiaozhou", "Moscow", .fastest, [.air, .road], days: 0...2, uses: .air,
      sources: "scoda-173 (charter about 9 h)"),
    Plausible("Qingdao", "Vladivostok", .fastest, [.sea], days: 3...6, sources: "yidaiyilu-276835 (4 days)"),
    Plausible("Jiaozhou", "Nizhnekamsk", .fastest, rail, days: 12...18, sources: "xfrb-2024-11-07"),
    // Europe
    Plausible(
      "Jiaozhou", "Minsk", .cheapest, all, days: 13...19, uses: .rail,
      sources: "scoda-4231; baogaosu-2019 (Jinan-Minsk about 15 days)"),
    Plausible(
      "Jiaozhou", "Budapest", .cheapest, all, days: 18...23, uses: .rail,
      sources: "scoda-7880 (about 20 days); chinadaily-qd-2024-05-20"),
    Plausible(
      "Jiaozhou", "Mannheim", .fastest, rail, days: 18...23,
      sources: "sdchina-4684472; eurailpress-mannheim (18-22 days)"),
    Plausible(
      "Jiaozhou", "Düsseldorf", .fastest, rail, days: 19...23, sources: "zzdnet-2021-01-31 (22 days)"),
    Plausible(
      "Jiaozhou", "Hamburg", .cheapest, all, usd: 5_500...9_500, uses: .rail,
      sources:
        "transinfo-2024-01 (Yiwu-Hamburg 6,200 USD); yicai-2024-05-23 (+10-20%, south China above 9,000)"),
    Plausible(
      "Qingdao", "Rotterdam", .fastest, [.sea], days: 40...46, usd: 8_000...10_500, uses: .sea,
      sources: "scfi-2024-06-21 (4,336 USD/TEU); hapag-lloyd-2023-12-18 (round the Cape)"),
    Plausible("Jiaozhou", "Hamburg", .fastest, all, days: 0...3, uses: .air, sources: "xeneta-2024-08-air"),
    // Mongolia
    Plausible("Jiaozhou", "Ulaanbaatar", .fastest, rail, days: 4...8, sources: "scoda-4231; est-rail-time"),
    // ASEAN
    Plausible(
      "Jiaozhou", "Vientiane", .fastest, rail, days: 6...8, sources: "people-2021-12-10 (about one week)"),
    Plausible("Jiaozhou", "Hanoi", .fastest, rail, days: 5...9, sources: "ndrc-2021-12-29 (8 days to Linyi)"),
    Plausible(
      "Jiaozhou", "Biên Hòa", .cheapest, rail, days: 8...13, uses: .rail, sources: "ginggxs-2023-07-24"),
    // Iran
    Plausible(
      "Jiaozhou", "Tehran", .cheapest, all, days: 14...30, usd: 4_000...9_000,
      sources: "newsaz-2024-07-31 (China-Iran 15 days by rail); scfi-2024-06-21 (Gulf 2,893 USD/TEU)"),
    Plausible(
      "Jiaozhou", "Tehran", .fastest, rail, days: 14...21,
      sources:
        "mehr-2018-08-14 (Incheh Burun route about 15 days); presstv-2016-china-iran (two weeks from eastern China)"
    ),
    Plausible(
      "Qingdao", "Bandar Abbas", .cheapest, [.sea], days: 17...23, usd: 5_000...7_000, uses: .sea,
      sources: "scfi-2024-06-21 (Middle East Gulf 2,893 USD/TEU)"),
    // Korea, Japan
    Plausible(
      "Qingdao", "Incheon", .cheapest, [.sea], days: 0.5...3, usd: 200...800, uses: .sea,
      sources: "people-kr-2025-11-03; scfi-2024-06-21 (South Korea 169 USD/TEU)"),
    Plausible(
      "Qingdao", "Busan", .cheapest, [.sea], days: 1...3, usd: 200...800,
      sources: "seanews-194349; scfi-2024-06-21"),
    Plausible(
      "Qingdao", "Osaka", .cheapest, [.sea], days: 2...5, usd: 400...1_000,
      sources: "scfi-2024-06-21 (Kansai 293 USD/TEU)"),
    Plausible(
      "Jiaozhou", "Tokyo", .fastest, all, days: 0...2, uses: .air,
      sources: "reportify-2025-08-19 (SC2405 freighter)"),
    Plausible(
      "Qingdao", "Karachi", .cheapest, [.sea], days: 17...22, sources: "maritime-executive-2016; est-sea-time"
    ),
  ]

  /// Budapest by rail not via Brest–Małaszewicze: before Feb 2022 through Ukraine, containers
  /// transhipped 1520→1435 mm at Záhony-Eperjeske (`railcargo-xian-budapest`: Xi'an–Budapest 10 to
  /// 12 days; Jiaozhou lies about 1,000 km further east than Xi'an, and the model runs the Kazakhstan
  /// trains through the Moscow node, so up to the ≈20 days of the Brest route, `scoda-7880`). Since
  /// 24 Feb 2022 there is no rail traffic between Russia and Ukraine (`interfax-ua-2022-02-26`,
  /// `index1520-2022-ukraine`): on the edition's date Budapest by rail goes through Brest only.
  @Test func budapestByRailNotViaBrestRanThroughZahonyUntil2022() throws {
    var query = RouteQuery(from: "Jiaozhou", to: "Budapest", objective: .fastest, allowedModes: [.rail])
    query.constraints.avoidCrossings = ["brest-terespol"]
    query.asOf = Instant(iso8601: "2021-06-01")
    let route = try planner.route(query)
    let legs = route.legs.map(\.service).joined(separator: " ")
    #expect(route.transfers.contains { $0.transfer == "zahony-rail-1520-rail-1435" }, "\(legs)")
    #expect(route.legs.last?.service == "rail-zahony-budapest", "\(legs)")
    #expect(
      (10...21).contains(route.totals.timeMinutes.days), "\(route.totals.timeMinutes.days) days: \(legs)")
    query.asOf = Instant(iso8601: "2024-07-15")
    #expect(throws: (any Error).self) { try planner.route(query) }
  }

  /// The China–Europe Land–Sea Express (COSCO Shipping): sea to Piraeus, then PEARL trains through
  /// North Macedonia and Serbia to Budapest on 1435 mm, no gauge change. With Suez open it is the fast
  /// way by sea: Ningbo–Piraeus–Budapest 26 days (`xinhua-2017-02-land-sea-budapest`), 32 days from
  /// eastern China over Piraeus and Rijeka (`transportjournal-rijeka-lse`), up to seven days faster
  /// than through North European ports (`naftemporiki-2017-sea-land-express`, `ot-2023-03-07-pearl`);
  /// Piraeus–Budapest by rail in under three days (`railcargo-hu-2014-piraeus`). In mid-2024 the
  /// rail route through Brest is cheaper than any sea route (`yicai-2024-05-23`); ships reach Piraeus
  /// only round the Cape, weeks late (`naftemporiki-2024-houthi-piraeus`), at the SCFI Mediterranean
  /// rate of 4,855 USD/TEU against 4,336 to North Europe (`scfi-2024-06-21`), and COSCO sent Central
  /// European cargo through North Sea ports instead (`railwaygazette-2024-03-14-cosco-zeebrugge`).
  @Test func budapestBySeaAndRailThroughPiraeus() throws {
    var query = RouteQuery(
      from: "Jiaozhou", to: "Budapest", objective: .cheapest, allowedModes: [.sea, .rail])
    let train = try planner.route(query)
    #expect(!train.legs.contains { $0.mode == .sea }, "\(train.legs.map(\.service))")

    // 15 Jul 2024, Brest avoided (Záhony closed since 2022): the fastest goes round the Cape to
    // Piraeus, 26 days + the Cape detour (6,386 nm, about 17 days at 16 knots); the cheapest goes
    // round the Cape to North Europe and on by rail, as COSCO did.
    query.constraints.avoidCrossings = ["brest-terespol"]
    let cheapest = try planner.route(query)
    #expect(
      !cheapest.legs.contains { $0.service.hasPrefix("sea-qingdao-piraeus") },
      "\(cheapest.legs.map(\.service))")
    query.objective = .fastest
    let cape = try planner.route(query)
    let legs = cape.legs.map(\.service)
    #expect(legs.contains("sea-qingdao-piraeus-cape"), "\(legs)")
    #expect(legs.suffix(2) == ["rail-piraeus-subotica", "rail-subotica-budapest"], "\(legs)")
    let gaugeChanges = Set(data.transfers.filter { $0.kind == .gaugeChange }.map(\.id))
    #expect(!cape.transfers.contains { gaugeChanges.contains($0.transfer) }, "1435 mm all the way: \(legs)")
    #expect((43...52).contains(cape.totals.timeMinutes.days), "\(cape.totals.timeMinutes.days) days: \(legs)")
    let usd = Double(cape.totals.costCents.rawValue) / 100
    #expect((10_500...13_000).contains(usd), "\(usd) USD: \(legs)")
    #expect(usd > Double(train.totals.costCents.rawValue) / 100)
    try expectValidOnTheEditionsDate(cape)
    try expectNoWestBySeaThenBackEast(cape)

    // 1 Jun 2021, Suez open, every rail way into the EU avoided (Brest, Záhony, Helsinki): through
    // the Red Sea to Piraeus in 24-32 days, a week or more faster than through Hamburg.
    query.asOf = Instant(iso8601: "2021-06-01")
    query.constraints.avoidCrossings = ["brest-terespol", "zernovo-chop-zahony", "buslovskaya-vainikkala"]
    let suez = try planner.route(query)
    let suezLegs = suez.legs.map(\.service)
    #expect(suezLegs.contains("sea-qingdao-piraeus-suez"), "\(suezLegs)")
    #expect(suezLegs.last == "rail-subotica-budapest", "\(suezLegs)")
    let days = suez.totals.timeMinutes.days
    #expect((24...32).contains(days), "\(days) days: \(suezLegs)")
    query.constraints.avoidCrossings.append("idomeni-gevgelija-tabanovce")
    let north = try planner.route(query)
    #expect(north.totals.timeMinutes.days >= days + 7, "\(north.legs.map(\.service))")
  }

  let data: NetworkData
  let network: TransportNetwork
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    data = bundled.data
    network = bundled.network
    planner = bundled.planner
  }

  @Test func atLeastTwentyRoutesEachWithASource() {
    #expect(Self.cases.count >= 20)
    let known = Set(data.sources.map(\.id))
    for c in Self.cases {
      let ids = c.sources.split(separator: ";").map {
        $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
      }
      #expect(!ids.isEmpty && ids.allSatisfy(known.contains), "\(c.testDescription): \(ids)")
    }
  }

  @Test(arguments: cases) func routeIsPlausible(_ c: Plausible) throws {
    let route = try planner.route(
      RouteQuery(from: c.from, to: c.to, objective: c.objective, allowedModes: c.modes))
    let days = route.totals.timeMinutes.days
    let usd = Double(route.totals.costCents.rawValue) / 100
    let legs = route.legs.map(\.service).joined(separator: " ")
    if let range = c.days { #expect(range.contains(days), "\(days) days [\(c.sources)] \(legs)") }
    if let range = c.usd { #expect(range.contains(usd), "\(usd) USD [\(c.sources)] \(legs)") }
    if let mode = c.uses {
      #expect(route.totals.modes.contains(mode), "\(route.totals.modes) [\(c.sources)] \(legs)")
    }
    try expectValidOnTheEditionsDate(route)
    try expectNoWestBySeaThenBackEast(route)
  }

  func expectValidOnTheEditionsDate(_ route: Itinerary) throws {
    let day = try #require(data.edition?.asOfDay)
    for leg in route.legs {
      let service = try #require(data.services.first { $0.id == leg.service })
      let valid = try #require(service.validity.days)
      #expect(valid.contains(day), "\(leg.service) is not running on the edition's date")
    }
  }

  /// A sea leg that lands in Europe followed by land legs that end well east of the port.
  func expectNoWestBySeaThenBackEast(_ route: Itinerary) throws {
    let longitude = Dictionary(uniqueKeysWithValues: data.cities.map { ($0.id, $0.longitude) })
    guard let lastSea = route.legs.lastIndex(where: { $0.mode == .sea }) else { return }
    let port = route.legs[lastSea].to.city.id
    let end = route.destination.id
    let portLongitude = try #require(longitude[port])
    let endLongitude = try #require(longitude[end])
    #expect(
      !(portLongitude < 30 && endLongitude > portLongitude + 5),
      "ships west to \(port) and comes back east to \(end)")
  }
}
