/// A transport mode. Strings appear only at the edges (CSV, SQL, JSON, CLI).
public enum Mode: String, CaseIterable, Sendable, BitwiseCopyable, Codable, Hashable, Comparable {
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
