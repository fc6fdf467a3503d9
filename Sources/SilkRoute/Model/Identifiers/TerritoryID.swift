/// A customs territory: an index into `NetworkData.customsTerritories`.
public struct TerritoryID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
