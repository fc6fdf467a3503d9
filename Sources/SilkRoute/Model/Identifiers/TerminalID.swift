/// A graph node.
public struct TerminalID: DenseIndex, BitwiseCopyable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
