/// A service (a scheduled or on-demand link in one mode): an index into `NetworkData.services`.
public struct ServiceID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
