import SilkRoute

/// What a `NetworkSelection` keeps: indices into `NetworkData`'s arrays, in file order.
public struct SelectedNetwork: Hashable, Sendable {
  public var services: [Int]
  public var transfers: [Int]
  public var cities: [Int]
  /// The `from` city, if the selection has one.
  public var origin: CityID?
  public var isWholeNetwork: Bool
}
