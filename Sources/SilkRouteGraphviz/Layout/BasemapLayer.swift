import Foundation
import SilkRouteGeoJSON

/// The basemap as xdot drawing operations for a map's `_background`, which every renderer draws
/// under everything else: each country a filled polygon in the map's projection, clipped to the
/// map's box, its outline the coastline and the borders.
enum BasemapLayer {
  static let land = "#efece3"
  static let outline = "#cdc7b6"

  /// Filled polygons of every country ring inside `box` (points), projected like the network.
  static func xdot(
    _ basemap: Basemap, box: (min: PlanePoint, max: PlanePoint), projection: GeoProjection = GeoProjection()
  ) -> String {
    var text = "S 17 -setlinewidth(0.6) " + colour("C", land) + colour("c", outline)
    for country in basemap.countries {
      for ring in country.rings {
        let polygon = clip(ring.map(projection.project), to: box)
        guard polygon.count >= 3 else { continue }
        text += "P \(polygon.count)"
        for point in polygon { text += String(format: " %.1f %.1f", point.x, point.y) }
        text += " "
      }
    }
    return text
  }

  /// `C 7 -#efece3 `: an xdot colour operation (`C` fill, `c` pen).
  private static func colour(_ operation: String, _ value: String) -> String {
    "\(operation) \(value.utf8.count) -\(value) "
  }

  /// Sutherland–Hodgman: `polygon` cut to the rectangle `box`, one side at a time.
  static func clip(_ polygon: [PlanePoint], to box: (min: PlanePoint, max: PlanePoint)) -> [PlanePoint] {
    var points = polygon
    if let first = points.first, let last = points.last, first == last { points.removeLast() }
    let sides: [(inside: (PlanePoint) -> Bool, cut: (PlanePoint, PlanePoint) -> PlanePoint)] = [
      ({ $0.x >= box.min.x }, { cutX($0, $1, box.min.x) }),
      ({ $0.x <= box.max.x }, { cutX($0, $1, box.max.x) }),
      ({ $0.y >= box.min.y }, { cutY($0, $1, box.min.y) }),
      ({ $0.y <= box.max.y }, { cutY($0, $1, box.max.y) }),
    ]
    for side in sides where !points.isEmpty {
      var result: [PlanePoint] = []
      for (index, current) in points.enumerated() {
        let previous = points[(index + points.count - 1) % points.count]
        if side.inside(current) {
          if !side.inside(previous) { result.append(side.cut(previous, current)) }
          result.append(current)
        } else if side.inside(previous) {
          result.append(side.cut(previous, current))
        }
      }
      points = result
    }
    return points
  }

  private static func cutX(_ a: PlanePoint, _ b: PlanePoint, _ x: Double) -> PlanePoint {
    PlanePoint(x: x, y: a.y + (x - a.x) / (b.x - a.x) * (b.y - a.y))
  }

  private static func cutY(_ a: PlanePoint, _ b: PlanePoint, _ y: Double) -> PlanePoint {
    PlanePoint(x: a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x), y: y)
  }
}
