/// Hub emission intensity: grams of CO2e per tonne of cargo handled (ISO 14083 hub operation).
public struct GramsPerTonne: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ value: Int64) { self.rawValue = value }
  public var description: String { "\(rawValue) g/t" }

  /// Emissions of handling `kilograms` once, rounded half up to whole grams.
  public func emissions(kilograms: Int64) -> Grams {
    Grams((rawValue * kilograms + 500) / 1000)
  }
}
