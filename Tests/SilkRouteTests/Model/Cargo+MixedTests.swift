import Testing

@testable import SilkRoute

/// Mixed equipment (`2xFEU+1xTEU`): each container type at its own rate on a leg, per-kg legs on
/// the whole payload with the minimum charged once.
@Suite struct CargoMixedTests {
  @Test func parsesAndNormalisesMixes() throws {
    let mix = try Cargo(parsing: "2xFEU + 1xTEU", cargoClass: .reefer)
    #expect(mix.containerLoads == [ContainerLoad(2, .feu), ContainerLoad(1, .teu)])
    #expect(mix.description == "2xFEU+1xTEU" && mix.payloadKilograms == 50_000 && mix.cargoClass == .reefer)
    #expect(try Cargo(parsing: "1xteu+2xfeu") == Cargo(parsing: "2xFEU+1xTEU"))
    // One type is a plain container cargo.
    #expect(try Cargo(parsing: "1xFEU+2xFEU") == .containers(3, .feu))
    #expect(throws: Cargo.ParseError.malformed("2xFEU+800kg")) { try Cargo(parsing: "2xFEU+800kg") }
    #expect(throws: Cargo.ParseError.malformed("2xFEU+")) { try Cargo(parsing: "2xFEU+") }
    #expect(throws: Cargo.ParseError.outOfRange("5000xFEU+5001xTEU")) {
      try Cargo(parsing: "5000xFEU+5001xTEU")
    }
    #expect(Cargo.mixed([]) == nil && Cargo.mixed([ContainerLoad(0, .teu)]) == nil)
  }

  /// On seeded random tariffs and mixes: with both container rates, the charge is the sum of the
  /// parts' charges; lacking one, the per-kg rate on the whole payload, the minimum once.
  @Test func chargeIsTheSumPerTypeOrOnePerKgCharge() throws {
    for seed: UInt64 in 1...50 {
      var random = SplitMix64(seed: seed)
      func maybe(_ bound: UInt64) -> Cents? {
        random.next() % 4 == 0 ? nil : Cents(Int64(1 + random.next() % bound))
      }
      let tariff = Tariff(
        perTEU: maybe(300_000), perFEU: maybe(500_000), perKilogram: maybe(50), minimumCharge: maybe(100_000))
      let feu = Int64(1 + random.next() % 20)
      let teu = Int64(1 + random.next() % 20)
      let mix = try #require(Cargo.mixed([ContainerLoad(feu, .feu), ContainerLoad(teu, .teu)]))
      let expected: Cents?
      if let perFEU = tariff.perFEU, let perTEU = tariff.perTEU {
        expected = perFEU * feu + perTEU * teu
        #expect(
          tariff.charge(for: mix)
            == (tariff.charge(for: .containers(feu, .feu)) ?? .zero)
              + (tariff.charge(for: .containers(teu, .teu)) ?? .zero),
          "seed \(seed)")
      } else if let perKilogram = tariff.perKilogram {
        expected = max(perKilogram * (feu * 20_000 + teu * 10_000), tariff.minimumCharge ?? .zero)
      } else {
        expected = nil
      }
      #expect(tariff.charge(for: mix) == expected, "seed \(seed): \(tariff) \(mix)")
    }
  }

  @Test func surchargesApplyPerContainerType() throws {
    let mix = try Cargo(parsing: "2xFEU+1xTEU")
    let row = CargoClassSurchargeRecord(
      mode: .sea, cargoClass: .reefer, perTEU: Cents(212_500), perFEU: Cents(425_000), sources: ["x"])
    #expect(row.surcharge(for: mix, on: .zero) == Cents(2 * 425_000 + 212_500))
  }
}
