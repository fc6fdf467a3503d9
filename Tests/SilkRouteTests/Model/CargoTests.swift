import Testing

@testable import SilkRoute

@Suite struct CargoTests {
  @Test(arguments: [
    ("1xFEU", Cargo.Unit.feu, Int64(1)), ("2xTEU", .teu, 2), ("FEU", .feu, 1), ("3 x teu", .teu, 3),
    ("800kg", .kilograms, 800), ("1.5t", .kilograms, 1500), ("2t", .kilograms, 2000),
  ])
  func parses(text: String, unit: Cargo.Unit, quantity: Int64) throws {
    let cargo = try Cargo(parsing: text)
    #expect(cargo.unit == unit && cargo.quantity == quantity)
  }

  @Test(arguments: [
    "", "box", "1xBOX", "-2xFEU", "0xFEU", "0kg", "1.2345t", "800.5kg", "kg", "99999999999xFEU", ".5t",
  ])
  func rejects(text: String) {
    #expect(throws: Cargo.ParseError.self) { _ = try Cargo(parsing: text) }
  }

  @Test func tariffChargesByContainerOrWeight() {
    let tariff = Tariff(perFEU: Cents(400_000), perKilogram: Cents(30), minimumCharge: Cents(10_000))
    #expect(tariff.charge(for: .containers(2, .feu)) == Cents(800_000))
    // No TEU rate: the payload (10 t per TEU) pays per kg.
    #expect(tariff.charge(for: .containers(1, .teu)) == Cents(300_000))
    #expect(tariff.charge(for: .kilograms(100)) == Cents(10_000))  // minimum
    #expect(tariff.charge(for: .kilograms(800)) == Cents(24_000))
    #expect(Tariff(perFEU: Cents(1)).charge(for: .kilograms(5)) == nil)
  }

  @Test func emissionsAreExactGrams() {
    // 22 g/tkm × 20 t × 4,000 km = 1,760,000 g.
    #expect(
      GramsPerTonneKilometre(22).emissions(kilograms: 20_000, over: Kilometres(4000)) == Grams(1_760_000))
    // 602 g/tkm × 0.8 t × 6,300 km = 3,034,080 g.
    #expect(GramsPerTonneKilometre(602).emissions(kilograms: 800, over: Kilometres(6300)) == Grams(3_034_080))
  }
}
