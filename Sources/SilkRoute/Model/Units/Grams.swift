/// Grams of CO2-equivalent.
public struct Grams: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ grams: Int64) { self.rawValue = grams }
  public var description: String { "\(rawValue) g CO2e" }
}
