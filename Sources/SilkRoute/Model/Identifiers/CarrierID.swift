/// A carrier: an index into `NetworkData.carriers`.
public struct CarrierID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
