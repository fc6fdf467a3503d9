/// A transport mode. Strings appear only at the edges (CSV, SQL, JSON, CLI).
public enum Mode: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
  case sea, rail, road, air

  /// Display order: sea, rail, road, air.
  public var order: Int {
    switch self {
    case .sea: 0
    case .rail: 1
    case .road: 2
    case .air: 3
    }
  }
  public static func < (lhs: Mode, rhs: Mode) -> Bool { lhs.order < rhs.order }
}

/// What a service is allowed to carry.
public enum CargoClass: String, CaseIterable, Sendable, Codable, Hashable {
  case general, reefer, dangerous, ecommerce
}

/// A set of cargo classes, one bit each.
public struct CargoClassSet: OptionSet, Sendable, Hashable, Codable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public init(_ cargoClass: CargoClass) {
    self.init(rawValue: 1 << UInt8(CargoClass.allCases.firstIndex(of: cargoClass) ?? 0))
  }
  public init<S: Sequence>(_ classes: S) where S.Element == CargoClass {
    self.init(rawValue: 0)
    for cargoClass in classes { insert(CargoClassSet(cargoClass)) }
  }
  public func contains(_ cargoClass: CargoClass) -> Bool { contains(CargoClassSet(cargoClass)) }
  public var classes: [CargoClass] { CargoClass.allCases.filter { contains($0) } }
}

/// Rail track gauge in millimetres.
public struct Gauge: Hashable, Sendable, Codable, CustomStringConvertible {
  public var millimetres: Int
  public init(millimetres: Int) { self.millimetres = millimetres }

  public static let standard = Gauge(millimetres: 1435)
  public static let russian = Gauge(millimetres: 1520)
  public static let finnish = Gauge(millimetres: 1524)
  public static let metre = Gauge(millimetres: 1000)

  /// Whether wagons run from one gauge onto the other without a gauge change
  /// (1520 mm and Finland's 1524 mm are operated as one system).
  public func isInteroperable(with other: Gauge) -> Bool {
    if self == other { return true }
    let broad: Set<Int> = [1520, 1524]
    return broad.contains(millimetres) && broad.contains(other.millimetres)
  }
  public var description: String { "\(millimetres) mm" }
}
