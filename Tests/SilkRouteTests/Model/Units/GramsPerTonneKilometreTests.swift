import SilkRoute
import Testing

/// `GramsPerTonneKilometre.emissions`: g/tkm × t × km, rounded half up to whole grams.
@Suite struct GramsPerTonneKilometreTests {
  @Test func emissionsScaleWithWeightAndDistance() {
    // 20 g/tkm × 20 t × 1,000 km = 400 kg.
    #expect(
      GramsPerTonneKilometre(20).emissions(kilograms: 20_000, over: Kilometres(1_000)) == Grams(400_000))
    #expect(GramsPerTonneKilometre(0).emissions(kilograms: 20_000, over: Kilometres(1_000)) == .zero)
  }

  @Test func emissionsRoundHalfUp() {
    // 1 g/tkm × 1 kg × 1 km is 0.001 g: 0; 500 g/tkm is 0.5 g: 1; 499 g/tkm is 0.499 g: 0.
    #expect(GramsPerTonneKilometre(1).emissions(kilograms: 1, over: Kilometres(1)) == .zero)
    #expect(GramsPerTonneKilometre(500).emissions(kilograms: 1, over: Kilometres(1)) == Grams(1))
    #expect(GramsPerTonneKilometre(499).emissions(kilograms: 1, over: Kilometres(1)) == .zero)
    #expect(GramsPerTonneKilometre(7).description == "7 g/tkm")
  }
}
