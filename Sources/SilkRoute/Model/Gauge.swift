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
