import Foundation
import SilkRouteGeoJSON

/// Equirectangular projection with a standard parallel: x = λ·cos φ₀, y = φ, both scaled to
/// points. At φ₀ = 40° N it keeps the SCODA network's east–west and north–south distances in
/// proportion across Central Asia, where most of its cities lie.
struct GeoProjection: Sendable {
  /// Points per degree of latitude.
  var scale: Double = 16
  var standardParallel: Double = 40

  func project(_ point: GeoPoint) -> PlanePoint {
    PlanePoint(x: point.longitude * cos(standardParallel * .pi / 180) * scale, y: point.latitude * scale)
  }

  /// Moves apart points closer than `minimum` (paired border stations such as Alashankou and
  /// Dostyk lie 10 km apart), each pair along the line joining them, keeping its midpoint, so
  /// that every city stays visible and near its true place. A few sweeps settle clusters.
  static func declutter(_ points: [PlanePoint], minimum: Double, sweeps: Int = 8) -> [PlanePoint] {
    var result = points
    for _ in 0..<sweeps {
      var moved = false
      for i in result.indices {
        for j in result.indices where j > i {
          let dx = result[j].x - result[i].x
          let dy = result[j].y - result[i].y
          let distance = (dx * dx + dy * dy).squareRoot()
          guard distance < minimum else { continue }
          // Identical points part east–west, the later one eastwards.
          let (ux, uy) = distance > 1e-6 ? (dx / distance, dy / distance) : (1.0, 0.0)
          let push = (minimum - distance) / 2 + 0.01
          result[i].x -= ux * push
          result[i].y -= uy * push
          result[j].x += ux * push
          result[j].y += uy * push
          moved = true
        }
      }
      if !moved { break }
    }
    return result
  }
}

extension GeoProjection {
  /// The geographic point `project` maps to `point`.
  func unproject(_ point: PlanePoint) -> GeoPoint {
    GeoPoint(
      latitude: point.y / scale, longitude: point.x / (cos(standardParallel * .pi / 180) * scale))
  }
}
