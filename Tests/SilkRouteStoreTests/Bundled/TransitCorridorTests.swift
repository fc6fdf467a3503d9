import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Corridors through transit points outside the 49 SCODA cities (`status` = `transit`).
@Suite struct TransitCorridorTests {
  let data: NetworkData
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    data = bundled.data
    planner = bundled.planner
  }

  /// Kazakhstan–Turkmenistan–Iran by rail, containers reloaded 1520↔1435 at Etrek
  /// (`newsaz-2024-07-31`: China–Iran about 15 days; line opened Dec 2014, `tass-2014-12-03`).
  @Test func tehranByRailThroughEtrek() throws {
    let route = try planner.route(RouteQuery(from: "Jiaozhou", to: "Tehran", allowedModes: [.rail]))
    #expect(route.transfers.contains { $0.transfer == "etrek-rail-1520-rail-1435" })
    #expect(route.legs.last?.service == "rail-etrek-tehran")
    #expect((14...21).contains(route.totals.timeMinutes.days), "\(route.totals.timeMinutes.days) days")
    // Before the first Chinese trains entered Iran at Incheh Burun (Oct 2017, `mehr-2018-08-14`).
    var before = RouteQuery(from: "Jiaozhou", to: "Tehran", allowedModes: [.rail])
    before.asOf = Instant(iso8601: "2016-06-01")
    #expect(throws: (any Error).self) { try planner.route(before) }
  }

  /// A transit point is routed through but is not a SCODA city: it has no UN/LOCODE of its own
  /// here (Záhony's HU ZAH is quoted in its note only) and every one of its arcs leads on to a SCODA
  /// city.
  @Test func transitPointsAreNotDestinations() throws {
    let transit = data.cities.filter { $0.status == .transit }
    #expect(transit.allSatisfy { $0.locode.isEmpty })
    #expect(transit.map(\.id) == ["etrek", "zahony", "piraeus", "subotica"])
    #expect(data.cities.count - transit.count == 49)
  }

  /// `countries.csv` holds the 20 countries of the SCODA cities plus countries that hold only transit
  /// points (Greece for Piraeus, Serbia for Subotica, on the China–Europe Land–Sea Express): the
  /// loader needs a transit point's country, and `silkroute cities` still counts 20 countries because
  /// it lists the non-transit cities only.
  @Test func countriesBeyondTheTwentyHoldOnlyTransitPoints() throws {
    let scoda = Set(data.cities.filter { $0.status != .transit }.map(\.country))
    #expect(scoda.count == 20)
    let others = Set(data.countries.map(\.code)).subtracting(scoda)
    #expect(others == ["GR", "RS"])
    for code in others.sorted() {
      let cities = data.cities.filter { $0.country == code }
      #expect(!cities.isEmpty && cities.allSatisfy { $0.status == .transit }, "\(code): \(cities.map(\.id))")
      let note = try #require(data.countries.first { $0.code == code }?.note)
      #expect(note.hasPrefix("Transit country"), "\(code)")
    }
  }

  /// Piraeus is a port the routes pass through, never a city of the listing (`silkroute cities`,
  /// `GET /v1/cities`: `CityListing.all` leaves out `status` = `transit`), and never a destination a
  /// route ends at when it is asked for a SCODA city.
  @Test func piraeusIsNeverListedAsACity() throws {
    let piraeus = try #require(data.cities.first { $0.id == "piraeus" })
    #expect(piraeus.status == .transit)
    #expect(piraeus.country == "GR")
    let listed = data.cities.filter { $0.status != .transit }
    #expect(!listed.contains { $0.id == "piraeus" || $0.id == "subotica" })
    #expect(!listed.contains { $0.country == "GR" || $0.country == "RS" })
    // Its terminals are a sea port and a standard-gauge railhead, joined on the dock.
    let terminals = data.terminals.filter { $0.city == "piraeus" }.map(\.id).sorted()
    #expect(terminals == ["piraeus-rail", "piraeus-sea"])
    #expect(data.transfers.contains { $0.id == "piraeus-rail-sea" })
  }
}
