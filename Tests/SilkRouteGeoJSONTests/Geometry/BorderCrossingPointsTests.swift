import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

/// The points of the land border crossings, checked against the data and the basemap.
struct BorderCrossingPointsTests {
  let network = ReferenceNetwork.network

  @Test func everyCrossingOfTheDataHasAPointAndNoPointIsStray() {
    let ids = Set(network.data.borderCrossings.map(\.id))
    for id in ids { #expect(BorderCrossingPoints.point(ofCrossing: id) != nil, "\(id) has no point") }
    for id in BorderCrossingPoints.crossingIDs {
      #expect(ids.contains(id), "\(id) is no crossing of the data")
    }
  }

  /// Each point lies on the border of its two countries: within 40 km of both countries'
  /// outlines on the Natural Earth basemap (1:110m, simplified: its borders are good to ~20 km).
  @Test func everyPointIsOnTheBorderOfItsTwoCountries() throws {
    let outlines = Dictionary(grouping: Basemap.bundled.countries, by: \.code)
    for id in BorderCrossingPoints.crossingIDs {
      let crossing = try #require(BorderCrossingPoints.point(ofCrossing: id))
      for code in crossing.countries {
        let rings = try #require(outlines[code], "\(code) is not on the basemap").flatMap(\.rings)
        let km = rings.map { Self.distanceKm(from: crossing.point, to: $0) }.min() ?? .infinity
        #expect(km <= 40, "\(id): \(Int(km)) km from the outline of \(code)")
      }
    }
  }

  /// The Khorgos crossings are at the Kazakh border, not ~95° E inside China.
  @Test func khorgosIsAtTheBorder() throws {
    let khorgos = try #require(BorderCrossingPoints.point(ofCrossing: "khorgos-nur-zholy"))
    #expect(khorgos.point.longitude < 81 && khorgos.point.longitude > 79.5)
  }

  /// Shortest distance from `point` to the edges of `ring`, on a local flat projection (good
  /// to a fraction of a kilometre at these distances).
  static func distanceKm(from point: GeoPoint, to ring: [GeoPoint]) -> Double {
    let kmPerDegree = 111.2
    let k = cos(point.latitude * .pi / 180)
    func local(_ p: GeoPoint) -> (Double, Double) {
      ((p.longitude - point.longitude) * k * kmPerDegree, (p.latitude - point.latitude) * kmPerDegree)
    }
    var best = Double.infinity
    for (a, b) in zip(ring, ring.dropFirst()) {
      let (ax, ay) = local(a)
      let (bx, by) = local(b)
      let (dx, dy) = (bx - ax, by - ay)
      let length = dx * dx + dy * dy
      let t = length == 0 ? 0 : max(0, min(1, -(ax * dx + ay * dy) / length))
      best = min(best, ((ax + t * dx) * (ax + t * dx) + (ay + t * dy) * (ay + t * dy)).squareRoot())
    }
    return best
  }
}
