import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// The emissions report on the bundled network (`Data/emission_factors.csv`): its WTW total is the
/// route's CO2e on every route planned, its TTW is known and at most its WTW, electric traction
/// emits nothing tank-to-wheel; and the file's errors are located.
@Suite struct EmissionsBundledTests {
  let network: TransportNetwork
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    network = bundled.network
    planner = bundled.planner
  }

  /// Every city to eight others, every objective, a TEU, two FEU and 800 kg.
  @Test func reportTotalsEqualTheRouteCO2OnManyPairs() throws {
    let cities = network.records.cities.map(\.id)
    var checked = 0
    var hubs = 0
    for (index, origin) in cities.enumerated() {
      for step in 1...8 {
        let destination = cities[(index + step * 5) % cities.count]
        guard destination != origin else { continue }
        for (objective, cargo) in zip(
          Objective.allCases, [Cargo.containers(1, .teu), .containers(2, .feu), .kilograms(800)])
        {
          guard
            let route = try? planner.route(
              RouteQuery(from: origin, to: destination, cargo: cargo, objective: objective))
          else { continue }
          let report = EmissionsReport(itinerary: route, network: network)
          let context = "\(origin)→\(destination) \(objective)"
          #expect(report.totals.wtwGrams == route.totals.co2Grams, "\(context)")
          let ttw = try #require(report.totals.ttwGrams, "\(context): TTW unknown")
          #expect(ttw <= report.totals.wtwGrams, "\(context)")
          #expect(report.hubs.count == route.totals.transfers, "\(context)")
          for leg in report.legs where leg.energy == "electricity" {
            #expect(leg.ttwGrams == .zero, "\(context) \(leg.service)")
          }
          if report.totals.hubWtwGrams > .zero { hubs += 1 }
          checked += 1
        }
      }
    }
    #expect(checked > 600)
    #expect(hubs > 100)
  }

  /// A port transfer of one TEU emits the container-port factor (1,265 g/t, Hutchison Ports 2022)
  /// × 10 t (786 g/t TTW): Qingdao to Budapest by sea and road changes mode at a port.
  @Test func aPortTransferOfOneTEUEmitsTheContainerPortFactor() throws {
    let route = try planner.route(
      RouteQuery(
        from: "Qingdao", to: "Budapest", cargo: .containers(1, .teu), objective: .greenest,
        allowedModes: [.sea, .road]))
    let report = EmissionsReport(itinerary: route, network: network)
    #expect(report.hubs.contains { $0.hubMode == .sea })
    for hub in report.hubs where hub.hubMode == .sea {
      #expect(hub.wtwGrams == Grams(12_650))
      #expect(hub.ttwGrams == Grams(7_860))
    }
    #expect(report.totals.hubWtwGrams == route.transfers.reduce(Grams.zero) { $0 + $1.co2Grams })
  }

  @Test func malformedFactorNamesFileLineColumnAndValue() throws {
    let folder = try DataFolderTests.bundledCopy("emissions-malformed")
    try Fixture.replace(
      in: folder.appendingPathComponent("emission_factors.csv"), "rail,30,diesel,24,",
      with: "rail,30,diesel,24x,")
    #expect {
      _ = try DataFolder.read(folder)
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      return error.location.file == "emission_factors.csv" && error.location.line == 6
        && error.field == "ttw_g_per_tkm" && error.value == "24x"
        && error.description.hasPrefix("emission_factors.csv:6:")
    }
  }

  @Test func ttwAboveWTWAndAServiceWithoutARowAreLocated() throws {
    let folder = try DataFolderTests.bundledCopy("emissions-invalid")
    let url = folder.appendingPathComponent("emission_factors.csv")
    try Fixture.replace(in: url, "road,62,diesel,49,", with: "road,62,diesel,63,")
    try Fixture.replace(in: url, "rail-diesel,transport,rail,30,", with: "rail-diesel,transport,rail,31,")
    #expect {
      _ = try DataFolder.load(folder)
    } throws: { error in
      guard let problems = (error as? DataValidationError)?.problems else { return false }
      let text = problems.map(\.description).joined(separator: "\n")
      return problems.contains { $0.location.file == "emission_factors.csv" && $0.location.line == 7 }
        && text.contains("TTW 63 is outside 0...WTW 62")
        && problems.contains { $0.location.file == "services.csv" && $0.field == "co2_g_per_tkm" }
        && text.contains("no emission_factors.csv transport row for rail at 30 g/tkm")
    }
  }
}
