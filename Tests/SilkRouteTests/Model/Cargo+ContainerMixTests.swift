import Testing

@testable import SilkRoute

/// The container mixes offered for a loose cargo: exactly the mixes that carry its weight and
/// have no spare container, checked against enumerating every mix.
@Suite struct CargoContainerMixTests {
  let teu = Cargo.Unit.teu.maximumPayloadKilograms ?? 0
  let feu = Cargo.Unit.feu.maximumPayloadKilograms ?? 0

  func carries(_ teus: Int64, _ feus: Int64, _ weight: Int64) -> Bool {
    teus + feus > 0 && teus * teu + feus * feu >= weight
  }

  /// On seeded random weights (and the edges around whole containers): the mixes are the
  /// minimal feasible (TEU, FEU) pairs of a brute-force enumeration, each loading the weight.
  @Test func mixesAreTheMinimalFeasibleMixes() throws {
    var random = SplitMix64(seed: 1914)
    var weights: [Int64] = [1, teu - 1, teu, teu + 1, feu - 1, feu, feu + 1, teu + feu, 2 * feu + 1, 30_000]
    weights += (0..<300).map { _ in Int64(1 + random.next() % 400_000) }
    for weight in weights {
      var loose = Cargo.kilograms(weight)
      loose.cargoClass = .reefer
      let mixes = loose.containerMixes
      var expected: Set<[Int64]> = []
      for teus in 0...(weight / teu + 1) {
        for feus in 0...(weight / feu + 1) where carries(teus, feus, weight) {
          let spareTEU = teus > 0 && carries(teus - 1, feus, weight)
          let spareFEU = feus > 0 && carries(teus, feus - 1, weight)
          if !spareTEU && !spareFEU { expected.insert([teus, feus]) }
        }
      }
      let found = mixes.map { mix in
        let loads = Dictionary(uniqueKeysWithValues: mix.containerLoads.map { ($0.unit, $0.count) })
        return [loads[.teu] ?? 0, loads[.feu] ?? 0]
      }
      #expect(Set(found) == expected && found.count == expected.count, "\(weight) kg: \(found)")
      #expect(
        mixes.allSatisfy {
          $0.loadedKilograms == weight && $0.payloadKilograms == weight && $0.cargoClass == .reefer
        }, "\(weight) kg")
    }
  }

  @Test func containerCargoHasNoMixes() throws {
    #expect(Cargo.containers(2, .feu).containerMixes.isEmpty)
    #expect(try Cargo(parsing: "2xFEU+1xTEU").containerMixes.isEmpty)
    #expect(
      Cargo.kilograms(30_000).containerMixes.map(\.description) == [
        "2xTEU (30000kg)", "1xFEU+1xTEU (30000kg)", "2xFEU (30000kg)",
      ])
  }

  /// The mixes routed for an offer reach the minimum over every minimal mix of any price that is
  /// linear in the counts per kind of mix (seeded random rates and constants), and stay few.
  @Test func offerMixesReachTheCheapestOfEveryMix() throws {
    let seed: UInt64 = 1915
    var random = SplitMix64(seed: seed)
    func counts(_ mix: Cargo) -> (feu: Int64, teu: Int64) {
      let loads = Dictionary(uniqueKeysWithValues: mix.containerLoads.map { ($0.unit, $0.count) })
      return (loads[.feu] ?? 0, loads[.teu] ?? 0)
    }
    for _ in 0..<300 {
      let weight = Int64(1 + random.next() % 3_000_000)
      let all = Cargo.kilograms(weight).containerMixes
      let offered = Cargo.kilograms(weight).containerOfferMixes
      #expect(offered.count <= 40, "seed \(seed), \(weight) kg: \(offered.count) of \(all.count) mixes")
      for _ in 0..<20 {
        // Per kind: FEU rate, TEU rate, constant (a per-kg leg, customs).
        let rates = (0..<3).map { _ in
          (Int64(random.next() % 5_000), Int64(random.next() % 5_000), Int64(random.next() % 90_000))
        }
        func price(_ mix: Cargo) -> Int64 {
          let (feu, teu) = counts(mix)
          let kind = feu == 0 ? 0 : teu == 0 ? 1 : 2
          return feu * rates[kind].0 + teu * rates[kind].1 + rates[kind].2
        }
        let cheapest = all.map(price).min()
        #expect(offered.map(price).min() == cheapest, "seed \(seed), \(weight) kg, rates \(rates)")
      }
    }
    #expect(Cargo.kilograms(100_000_000).containerOfferMixes.count <= 40)
  }
}
