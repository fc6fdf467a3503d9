import SilkRoute

/// One cell's origin and destination.
public struct MatrixPair: Hashable, Sendable {
  public var origin: CityID
  public var destination: CityID

  public init(origin: CityID, destination: CityID) {
    self.origin = origin
    self.destination = destination
  }
}
