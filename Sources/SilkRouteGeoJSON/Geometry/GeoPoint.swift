import Foundation

/// A position in decimal degrees (WGS 84; north and east positive), as stored in `cities.csv`.
public struct GeoPoint: Hashable, Sendable, Codable, CustomStringConvertible {
  public var latitude: Double
  public var longitude: Double

  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// Mean Earth radius (IUGG), kilometres.
  public static let earthRadiusKm = 6371.0088

  public var description: String { "(\(latitude), \(longitude))" }

  /// Great-circle distance in kilometres (haversine formula on a sphere of `earthRadiusKm`).
  public func distance(to other: GeoPoint) -> Double {
    let phi1 = latitude * .pi / 180
    let phi2 = other.latitude * .pi / 180
    let dPhi = phi2 - phi1
    let dLambda = (other.longitude - longitude) * .pi / 180
    let a = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
    return 2 * Self.earthRadiusKm * asin(min(1, sqrt(a)))
  }

  /// Points on the great circle from `self` to `other`, both ends included, no two consecutive
  /// points more than `maximumStepKm` apart (spherical linear interpolation).
  public func greatCircle(to other: GeoPoint, maximumStepKm: Double) -> [GeoPoint] {
    let length = distance(to: other)
    let segments = max(1, Int((length / max(maximumStepKm, 1)).rounded(.up)))
    guard segments > 1 else { return [self, other] }
    let a = unitVector
    let b = other.unitVector
    let angle = length / Self.earthRadiusKm
    let sinAngle = sin(angle)
    guard sinAngle > 1e-12 else { return [self, other] }
    var points = [self]
    for step in 1..<segments {
      let fraction = Double(step) / Double(segments)
      let wa = sin((1 - fraction) * angle) / sinAngle
      let wb = sin(fraction * angle) / sinAngle
      let x = wa * a.x + wb * b.x
      let y = wa * a.y + wb * b.y
      let z = wa * a.z + wb * b.z
      points.append(
        GeoPoint(
          latitude: atan2(z, (x * x + y * y).squareRoot()) * 180 / .pi,
          longitude: atan2(y, x) * 180 / .pi))
    }
    points.append(other)
    return points
  }

  /// The point rounded to `decimals` places (5 places ≈ 1 m), for compact output.
  public func rounded(toDecimals decimals: Int = 5) -> GeoPoint {
    let scale = pow(10, Double(decimals))
    return GeoPoint(
      latitude: (latitude * scale).rounded() / scale, longitude: (longitude * scale).rounded() / scale)
  }

  private var unitVector: (x: Double, y: Double, z: Double) {
    let phi = latitude * .pi / 180
    let lambda = longitude * .pi / 180
    return (cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
  }
}
