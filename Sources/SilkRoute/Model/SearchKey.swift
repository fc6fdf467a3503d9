/// A lexicographically ordered triple.
public struct SearchKey: Hashable, Comparable, Sendable {
  public var primary: Int64
  public var secondary: Int64
  public var tertiary: Int64

  @inlinable public init(_ primary: Int64, _ secondary: Int64, _ tertiary: Int64) {
    self.primary = primary
    self.secondary = secondary
    self.tertiary = tertiary
  }

  @inlinable public static func < (lhs: SearchKey, rhs: SearchKey) -> Bool {
    if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
    if lhs.secondary != rhs.secondary { return lhs.secondary < rhs.secondary }
    return lhs.tertiary < rhs.tertiary
  }
}
