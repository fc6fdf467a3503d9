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

public struct CityID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A graph node.
public struct TerminalID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

public struct ServiceID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

public struct TransferID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

public struct CarrierID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

public struct TerritoryID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

public struct BorderCrossingID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A graph arc: one direction of a service or of a transfer.
public struct ArcID: DenseIndex {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  /// Marks "no arc" (e.g. the parent of a search's source).
  public static let invalid = ArcID(rawValue: -1)
}
