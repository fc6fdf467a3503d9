import Foundation
import SilkRouteGeoJSON

/// A point of the drawing, in points (1/72 inch), y up as in Graphviz.
struct PlanePoint: Hashable, Sendable {
  var x: Double
  var y: Double

  func distance(to other: PlanePoint) -> Double {
    ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
  }
  static func midpoint(_ a: PlanePoint, _ b: PlanePoint) -> PlanePoint {
    PlanePoint(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
  }

  /// `x,y!`: a neato position in points (with `inputscale=72`), pinned.
  var pinned: String { String(format: "%.1f,%.1f!", x, y) }
}
