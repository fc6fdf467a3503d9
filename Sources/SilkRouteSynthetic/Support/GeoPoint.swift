import Foundation

/// A point in degrees.
struct GeoPoint: Hashable {
  var latitude: Double
  var longitude: Double

  /// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
  func kilometres(to other: GeoPoint) -> Double {
    let radians = Double.pi / 180
    let dLat = (other.latitude - latitude) * radians
    let dLon = (other.longitude - longitude) * radians
    let a =
      sin(dLat / 2) * sin(dLat / 2)
      + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371 * asin(min(1, a.squareRoot()))
  }

  /// Squared planar distance in degrees, longitude scaled by the cosine of this latitude: cheap
  /// and good enough to rank neighbours.
  func planarSquared(to other: GeoPoint, longitudeScale: Double) -> Double {
    let dy = other.latitude - latitude
    let dx = (other.longitude - longitude) * longitudeScale
    return dx * dx + dy * dy
  }
}
