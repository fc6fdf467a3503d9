import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Cargo-class surcharges (`Data/cargo_class_surcharges.csv`, schema v5) on the bundled network.
@Suite struct CargoClassSurchargeTests {
  let data: NetworkData
  let planner: RoutePlanner

  init() throws {
    let bundled = try BundledFixture.load()
    data = bundled.data
    planner = bundled.planner
  }

  func seaRoute(_ cargoClass: CargoClass, to: String = "Rotterdam") throws -> Itinerary {
    try planner.route(
      RouteQuery(
        from: "Qingdao", to: to, cargo: Cargo(unit: .feu, quantity: 1, cargoClass: cargoClass),
        objective: .cheapest, allowedModes: [.sea]))
  }

  /// A reefer FEU pays the reefer-over-dry spread (`xeneta-2022-08-reefer`), a dangerous-goods FEU
  /// the IMO surcharge (`mcc-imo-surcharge`), on the same sailing as general cargo.
  @Test func reeferAndDangerousFEUCostMoreThanGeneralOnASurchargedService() throws {
    let general = try seaRoute(.general)
    let reefer = try seaRoute(.reefer)
    let dangerous = try seaRoute(.dangerous)
    #expect(general.legs.map(\.service) == reefer.legs.map(\.service))
    #expect(reefer.totals.costCents - general.totals.costCents == Cents(425_000))
    #expect(dangerous.totals.costCents - general.totals.costCents == Cents(20_000))
  }

  /// A service's own row replaces its mode's (Finnlines' tariff on the Hamburg–Helsinki feeder).
  @Test func aServiceRowReplacesTheModeRow() throws {
    let index = try #require(data.services.firstIndex { $0.id == "sea-hamburg-helsinki" })
    let rows: [CargoClassSurchargeRecord] =
      CargoCostModel.surcharges(in: planner.network.records, for: .dangerous)[index] ?? []
    #expect(rows.map { $0.service } == ["sea-hamburg-helsinki"])
  }

  /// A class a service does not accept is never routed over it: no air service takes dangerous
  /// goods or reefers, so such cargo to Moscow does not fly.
  @Test func aRefusedClassIsNotUsed() throws {
    for cargoClass in [CargoClass.dangerous, .reefer] {
      let route = try planner.route(
        RouteQuery(
          from: "Jiaozhou", to: "Moscow", cargo: Cargo(unit: .feu, quantity: 1, cargoClass: cargoClass),
          objective: .fastest))
      #expect(!route.legs.contains { $0.mode == .air }, "\(cargoClass)")
      for leg in route.legs {
        let service = try #require(data.services.first { $0.id == leg.service })
        #expect(service.cargoClasses.contains(CargoClassSet(cargoClass)), "\(leg.service)")
      }
    }
    #expect(throws: (any Error).self) {
      try planner.route(
        RouteQuery(
          from: "Jiaozhou", to: "Moscow", cargo: Cargo(unit: .feu, quantity: 1, cargoClass: .dangerous),
          allowedModes: [.air]))
    }
  }

  /// No reefer surcharge is published for rail or road (`Data/README.md`, `fwd-reefer-power`): a
  /// reefer there pays the general tariff, a stated lower bound rather than a sourced zero, and only
  /// on the rail services that list the class (each says so in its note); every other rail service
  /// refuses it, so there is no reefer rail route west of Moscow.
  @Test func railReeferHasNoPublishedSurchargeAndRunsOnlyWhereListed() throws {
    #expect(
      !data.cargoClassSurcharges.contains { $0.cargoClass == .reefer && $0.mode != .sea && $0.mode != nil })
    let reeferRail = data.services.filter {
      $0.mode == .rail && $0.cargoClasses.contains(CargoClassSet(.reefer))
    }
    #expect(
      reeferRail.map(\.id).sorted() == [
        "rail-jiaozhou-manzhouli", "rail-novosibirsk-moscow", "rail-tehran-bandar-abbas",
        "rail-vladivostok-novosibirsk", "rail-zabaikalsk-novosibirsk",
      ])
    for service in reeferRail {
      #expect(service.note.contains("no rail reefer surcharge is published"), "\(service.id)")
    }
    func moscow(_ cargoClass: CargoClass) throws -> Itinerary {
      var query = RouteQuery(
        from: "Jiaozhou", to: "Moscow", cargo: Cargo(unit: .feu, quantity: 1, cargoClass: cargoClass),
        objective: .cheapest, allowedModes: [.rail])
      query.constraints.via = ["Manzhouli"]
      return try planner.route(query)
    }
    let general = try moscow(.general)
    let reefer = try moscow(.reefer)
    #expect(general.legs.map(\.service) == reefer.legs.map(\.service))
    #expect(general.totals.costCents == reefer.totals.costCents)
    #expect(throws: (any Error).self) {
      try planner.route(
        RouteQuery(
          from: "Jiaozhou", to: "Hamburg", cargo: Cargo(unit: .feu, quantity: 1, cargoClass: .reefer),
          allowedModes: [.rail]))
    }
  }

  @Test func everySurchargeCitesKnownSources() {
    #expect(!data.cargoClassSurcharges.isEmpty)
    let known = Set(data.sources.map(\.id))
    for row in data.cargoClassSurcharges {
      #expect(!row.sources.isEmpty && row.sources.allSatisfy(known.contains))
    }
  }
}
