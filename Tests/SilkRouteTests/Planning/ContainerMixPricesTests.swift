import Testing

@testable import SilkRoute

/// Skipping container mixes that cost no less on every arc.
@Suite struct ContainerMixPricesTests {
  @Test func costsNoMoreArcByArc() {
    let (one, two, three) = (Cents(1), Cents(2), Cents(3))
    #expect(ContainerMixPrices.costsNoMore([one, two, nil], than: [one, three, nil]))
    #expect(ContainerMixPrices.costsNoMore([one, two], than: [one, nil]))
    #expect(!ContainerMixPrices.costsNoMore([one, nil], than: [one, two]))
    #expect(!ContainerMixPrices.costsNoMore([three, one], than: [two, two]))
  }

  /// Where a TEU never costs more than an FEU (as on the bundled network), every mix after the
  /// all-TEU one is skipped; with the rates the other way round, none is.
  @Test func teuMixFirstMakesTheOthersSkippable() throws {
    var data = RandomNetwork.make(seed: 19)
    var rng = SplitMix64(seed: 19)
    func container(_ tariff: inout Tariff, feuCheaper: Bool) {
      let teu = Int64.random(in: 0...50_000, using: &rng)
      let extra = Int64.random(in: 1...40_000, using: &rng)
      tariff.perTEU = Cents(feuCheaper ? teu + extra : teu)
      tariff.perFEU = Cents(feuCheaper ? teu : teu + extra)
    }
    let mixes = Cargo.kilograms(30_000).containerMixes
    #expect(mixes.count == 3)
    for feuCheaper in [false, true] {
      for index in data.services.indices { container(&data.services[index].tariff, feuCheaper: feuCheaper) }
      for index in data.transfers.indices { container(&data.transfers[index].tariff, feuCheaper: feuCheaper) }
      let network = try TransportNetwork(data)
      var prices = ContainerMixPrices(network: network, allowedModes: Set(Mode.allCases))
      #expect(mixes.map { prices.admit($0) } == (feuCheaper ? [true, true, true] : [true, false, false]))
    }
  }
}
