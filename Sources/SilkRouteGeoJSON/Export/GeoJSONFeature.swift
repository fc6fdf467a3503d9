import Foundation

/// A GeoJSON Feature (RFC 7946): a geometry with properties and an optional id.
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
