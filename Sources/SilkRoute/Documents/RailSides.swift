/// The two rail regimes, as a set.
public struct RailSides: OptionSet, Hashable, Sendable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let smgs = RailSides(rawValue: 1)
  public static let cim = RailSides(rawValue: 2)
}
