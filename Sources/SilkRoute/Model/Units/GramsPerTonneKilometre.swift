/// Emission intensity: grams of CO2e per tonne-kilometre.
public struct GramsPerTonneKilometre: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ value: Int64) { self.rawValue = value }
  public var description: String { "\(rawValue) g/tkm" }

  /// Emissions of moving `kilograms` over `distance`, rounded half up to whole grams.
  public func emissions(kilograms: Int64, over distance: Kilometres) -> Grams {
    // g/tkm × kg × km / 1000; 602 g × 10^7 kg × 2·10^4 km stays far below Int64.max.
    let milligramsTimes = rawValue * kilograms * distance.rawValue
    return Grams((milligramsTimes + 500) / 1000)
  }
}
