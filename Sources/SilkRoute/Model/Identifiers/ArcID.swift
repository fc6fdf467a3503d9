/// A graph arc: one direction of a service or of a transfer.
public struct ArcID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  /// Marks "no arc" (e.g. the parent of a search's source).
  public static let invalid = ArcID(rawValue: -1)
}
