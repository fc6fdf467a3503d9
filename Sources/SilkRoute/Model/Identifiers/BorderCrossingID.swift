/// A named land border crossing: an index into `NetworkData.borderCrossings`.
public struct BorderCrossingID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
