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

public struct GeoJSONFeature: Hashable, Sendable, Encodable {
  public var id: String?
  public var geometry: GeoJSONGeometry
  public var properties: [String: JSONValue]

  public init(id: String? = nil, geometry: GeoJSONGeometry, properties: [String: JSONValue] = [:]) {
    self.id = id
    self.geometry = geometry
    self.properties = properties
  }

  private enum CodingKeys: String, CodingKey { case type, id, geometry, properties }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("Feature", forKey: .type)
    try container.encodeIfPresent(id, forKey: .id)
    try container.encode(geometry, forKey: .geometry)
    try container.encode(properties, forKey: .properties)
  }
}

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

/// A JSON value for feature properties.
public enum JSONValue: Hashable, Sendable, Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral
{
  case string(String)
  case integer(Int64)
  case number(Double)
  case bool(Bool)
  case array([JSONValue])
  case null

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .integer(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .bool(let value): try container.encode(value)
    case .array(let values): try container.encode(values)
    case .null: try container.encodeNil()
    }
  }
}
