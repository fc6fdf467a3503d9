import Foundation
import SilkRoute

/// A GeoJSON FeatureCollection (RFC 7946): what `silkroute … --format geojson` prints, ready for
/// QGIS, kepler.gl or geojson.io.
public struct GeoJSONFeatureCollection: Hashable, Sendable, Encodable {
  public var features: [GeoJSONFeature]

  public init(features: [GeoJSONFeature] = []) { self.features = features }

  private enum CodingKeys: String, CodingKey { case type, bbox, features }

  /// West, south, east, north of every coordinate, or nil when there are none.
  public var boundingBox: [Double]? {
    let points = features.flatMap(\.geometry.points)
    guard let first = points.first else { return nil }
    var box = [first.longitude, first.latitude, first.longitude, first.latitude]
    for point in points {
      box[0] = min(box[0], point.longitude)
      box[1] = min(box[1], point.latitude)
      box[2] = max(box[2], point.longitude)
      box[3] = max(box[3], point.latitude)
    }
    return box
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("FeatureCollection", forKey: .type)
    try container.encodeIfPresent(boundingBox, forKey: .bbox)
    try container.encode(features, forKey: .features)
  }

  /// UTF-8 JSON with sorted keys (byte-identical for equal collections).
  public func jsonData(prettyPrinted: Bool = true) throws -> Data {
    try JSONOutput.encode(self, prettyPrinted: prettyPrinted)
  }

  public func jsonString(prettyPrinted: Bool = true) throws -> String {
    String(decoding: try jsonData(prettyPrinted: prettyPrinted), as: UTF8.self)
  }
}
