/// A transfer (mode change, gauge change, transshipment): an index into `NetworkData.transfers`.
public struct TransferID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
