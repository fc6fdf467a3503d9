import Testing

@testable import SilkRoute

@Suite struct ParetoEpsilonTests {
  @Test(arguments: [
    ("0.05", 50_000), ("1", 1_000_000), (".5", 500_000), ("2.125", 2_125_000), ("0.000001", 1),
    ("10", 10_000_000),
    ("0.100000", 100_000),
  ])
  func decimalsReadExactly(text: String, partsPerMillion: Int64) throws {
    let epsilon = try #require(ParetoEpsilon(decimal: text))
    #expect(epsilon.partsPerMillion == partsPerMillion)
    #expect(ParetoEpsilon(decimal: epsilon.description) == epsilon)
  }

  @Test(arguments: [
    "", ".", "0", "0.0000001", "-0.1", "+0.1", "1e-2", "10.000001", "11", "0,05", "abc", " 0.1", "٠.١",
  ])
  func anythingElseIsRefused(text: String) {
    #expect(ParetoEpsilon(decimal: text) == nil, "\(text)")
  }

  @Test func descriptionsAreShortest() throws {
    #expect(try #require(ParetoEpsilon(partsPerMillion: 50_000)).description == "0.05")
    #expect(try #require(ParetoEpsilon(partsPerMillion: 1_000_000)).description == "1")
    #expect(try #require(ParetoEpsilon(partsPerMillion: 1)).description == "0.000001")
    #expect(try #require(ParetoEpsilon(partsPerMillion: 2_500_000)).description == "2.5")
  }

  /// `a <= relaxed(b)` exactly when a ≤ (1 + E) · b, checked in exact arithmetic on random values.
  @Test func relaxedIsTheExactFloor() throws {
    var rng = SplitMix64(seed: 17)
    for _ in 0..<20_000 {
      let ppm = Int64.random(in: 1...ParetoEpsilon.maximumPartsPerMillion, using: &rng)
      let epsilon = try #require(ParetoEpsilon(partsPerMillion: ppm))
      let b = Int64.random(in: 0...(1 << Int64.random(in: 1...36, using: &rng)), using: &rng)
      let r = epsilon.relaxed(b)
      // r · 10⁶ ≤ b · (10⁶ + ppm) < (r + 1) · 10⁶
      #expect(
        r * 1_000_000 <= b * (1_000_000 + ppm) && b * (1_000_000 + ppm) < (r + 1) * 1_000_000, "\(b) \(ppm)")
    }
    let large = try #require(ParetoEpsilon(partsPerMillion: 1))
    #expect(large.relaxed(.max) == .max)
    #expect(large.relaxed(0) == 0)
  }
}
