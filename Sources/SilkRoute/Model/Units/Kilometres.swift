/// Whole kilometres.
public struct Kilometres: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ kilometres: Int64) { self.rawValue = kilometres }
  public var description: String { "\(rawValue) km" }
}
