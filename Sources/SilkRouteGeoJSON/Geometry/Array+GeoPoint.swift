import Foundation

extension Array where Element == GeoPoint {
  /// Length of the polyline through these points, in kilometres along great circles.
  public var lengthKm: Double {
    zip(self, dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
  }
}
