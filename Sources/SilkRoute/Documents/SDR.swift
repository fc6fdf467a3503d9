/// Special drawing rights in hundredths (`8.33` SDR = 833), for liability limits.
public struct SDR: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public var description: String { "SDR \(Cents(rawValue).dollarsText)" }
}
