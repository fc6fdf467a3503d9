/// A graph node.
public struct TerminalID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
