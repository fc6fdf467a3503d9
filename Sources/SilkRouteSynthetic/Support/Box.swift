import Foundation

/// A latitude-longitude box.
struct Box {
  var latitudes: ClosedRange<Double>
  var longitudes: ClosedRange<Double>

  /// Eurasia-like: 8°N to 58°N, 10°E to 140°E.
  static let world = Box(latitudes: 8...58, longitudes: 10...140)

  func contains(_ point: GeoPoint) -> Bool {
    latitudes.contains(point.latitude) && longitudes.contains(point.longitude)
  }
}
