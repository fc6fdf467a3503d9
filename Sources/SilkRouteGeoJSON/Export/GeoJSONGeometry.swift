import Foundation

/// A GeoJSON geometry: a point or a line string, in longitude-latitude order when encoded.
public enum GeoJSONGeometry: Hashable, Sendable, Encodable {
  case point(GeoPoint)
  case lineString([GeoPoint])

  public var points: [GeoPoint] {
    switch self {
    case .point(let point): [point]
    case .lineString(let points): points
    }
  }

  private enum CodingKeys: String, CodingKey { case type, coordinates }

  /// Positions are `[longitude, latitude]`, rounded to 5 decimals (about a metre).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    func position(_ point: GeoPoint) -> [Double] {
      let rounded = point.rounded(toDecimals: 5)
      return [rounded.longitude, rounded.latitude]
    }
    switch self {
    case .point(let point):
      try container.encode("Point", forKey: .type)
      try container.encode(position(point), forKey: .coordinates)
    case .lineString(let points):
      try container.encode("LineString", forKey: .type)
      try container.encode(points.map(position), forKey: .coordinates)
    }
  }
}
