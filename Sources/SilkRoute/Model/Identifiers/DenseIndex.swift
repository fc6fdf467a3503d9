/// Dense indices into a `TransportNetwork`'s arrays. 32-bit, like RoutingKit's ids.
public protocol DenseIndex: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  var rawValue: Int32 { get }
  init(rawValue: Int32)
}

extension DenseIndex {
  public init(_ index: Int) { self.init(rawValue: Int32(truncatingIfNeeded: index)) }
  @inlinable public var index: Int { Int(rawValue) }
  @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "#\(rawValue)" }
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(Int32.self))
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
