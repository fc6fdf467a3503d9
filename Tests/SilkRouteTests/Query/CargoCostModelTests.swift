import Testing

@testable import SilkRoute

/// `CargoCostModel` on `LineNetwork`: each arc's tariff for the cargo, its transit time and its
/// emissions; nil for a mode the query does not allow or a cargo the tariff does not price.
@Suite struct CargoCostModelTests {
  static func arc(_ id: String, in network: TransportNetwork) throws -> Int {
    try ArcWeightsTests.arc(id, in: network)
  }

  @Test func anArcCostsItsTariffAndTakesItsTransit() throws {
    let network = LineNetwork.compiled
    let model = CargoCostModel(network: network, cargo: .containers(2, .feu))
    let rail = try #require(model.weight(of: try Self.arc("ac-rail", in: network)))
    #expect(rail.cost == Cents(600_000) && rail.time == .hours(5))
    let road = try #require(model.weight(of: try Self.arc("ab-road", in: network)))
    // Same distance, three times the intensity: three times the CO2.
    #expect(road.co2 == rail.co2 * 3 && rail.co2 > .zero)
    let transfer = try #require((0..<network.arcCount).first { network.arcService[$0] < 0 })
    #expect(model.weight(of: transfer) == RouteTotals(cost: Cents(10_000), time: .hours(1), co2: .zero))
  }

  @Test func disallowedModesAndUnpricedCargoHaveNoWeight() throws {
    let network = LineNetwork.compiled
    let rail = try Self.arc("ac-rail", in: network)
    #expect(
      CargoCostModel(network: network, cargo: .containers(1, .feu), allowedModes: [.road]).weight(of: rail)
        == nil)
    // The literal tariffs price FEUs only.
    #expect(CargoCostModel(network: network, cargo: .containers(1, .teu)).weight(of: rail) == nil)
  }
}
