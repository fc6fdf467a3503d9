import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Corridors through transit points outside the 49 SCODA cities (`status` = `transit`).
@Suite struct TransitCorridorTests {
  let data: NetworkData
  let planner: RoutePlanner

  init() throws {
    data = try DataFolder.load(try BundledNetwork.dataFolder())
    planner = RoutePlanner(network: try TransportNetwork(data))
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
  /// city. Transit points lie in one of the 20 countries: the loader refuses a city of any other.
  @Test func transitPointsAreNotDestinations() throws {
    let transit = data.cities.filter { $0.status == .transit }
    #expect(transit.allSatisfy { $0.locode.isEmpty })
    #expect(transit.map(\.id) == ["etrek", "zahony"])
    #expect(data.cities.count - transit.count == 49)
  }
}
