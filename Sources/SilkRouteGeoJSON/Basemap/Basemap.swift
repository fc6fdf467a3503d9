import Foundation
import SilkRouteBundledData

/// The land under every map: the countries of Natural Earth 1:110m (public domain), clipped to
/// the network's part of the world and simplified (`Data/basemap.geojson`, made by
/// `scripts/basemap.py`; `Data/README.md` says where from). Each country is drawn filled, so
/// their union is the land, its outline the coastline and the shared edges the borders.
public struct Basemap: Sendable {
  /// One country's rings (outer rings and islands; Natural Earth 1:110m has no holes in them).
  public struct Country: Sendable {
    /// ISO 3166-1 alpha-3 code (`-99` where Natural Earth gives none).
    public let code: String
    public let name: String
    public let rings: [[GeoPoint]]
  }

  public let countries: [Country]
  /// The file as shipped: a GeoJSON FeatureCollection of MultiPolygons, in longitude/latitude.
  public let geoJSON: Data

  /// The basemap in `geoJSON`, a FeatureCollection of Polygon or MultiPolygon features.
  ///
  /// - Throws: `BasemapError` when it is not such a collection.
  public init(geoJSON: Data) throws(BasemapError) {
    let collection: FileCollection
    do {
      collection = try JSONDecoder().decode(FileCollection.self, from: geoJSON)
    } catch {
      throw BasemapError(message: "the basemap is not a GeoJSON FeatureCollection: \(error)")
    }
    countries = collection.features.map { feature in
      Country(
        code: feature.properties?.iso_a3 ?? "", name: feature.properties?.name ?? "",
        rings: feature.geometry.rings.map { ring in
          ring.compactMap { $0.count >= 2 ? GeoPoint(latitude: $0[1], longitude: $0[0]) : nil }
        })
    }
    self.geoJSON = geoJSON
  }

  /// The basemap compiled into the binary from `Data/basemap.geojson`.
  public static let bundled: Basemap = {
    guard let file = EmbeddedDataset.files.first(where: { $0.name == fileName }), let data = file.contents,
      let basemap = try? Basemap(geoJSON: data)
    else { return Basemap(empty: ()) }
    return basemap
  }()

  /// The name of the file in `Data/`.
  public static let fileName = "basemap.geojson"

  private init(empty: Void) {
    countries = []
    geoJSON = Data(#"{"type":"FeatureCollection","features":[]}"#.utf8)
  }

  /// Whether `point` is on land (inside a ring of any country, even–odd rule).
  public func isLand(_ point: GeoPoint) -> Bool {
    countries.contains { country in country.rings.contains { Self.ring($0, contains: point) } }
  }

  /// The country whose rings hold `point`, if any.
  public func country(at point: GeoPoint) -> Country? {
    countries.first { country in country.rings.contains { Self.ring($0, contains: point) } }
  }

  static func ring(_ ring: [GeoPoint], contains point: GeoPoint) -> Bool {
    var inside = false
    for (a, b) in zip(ring, ring.dropFirst() + ring.prefix(1))
    where (a.latitude > point.latitude) != (b.latitude > point.latitude) {
      let t = (point.latitude - a.latitude) / (b.latitude - a.latitude)
      if point.longitude < a.longitude + t * (b.longitude - a.longitude) { inside.toggle() }
    }
    return inside
  }

  // The file's shape, as far as the basemap reads it.
  private struct FileCollection: Decodable {
    let features: [FileFeature]
  }

  private struct FileFeature: Decodable {
    let properties: FileProperties?
    let geometry: FileGeometry
  }

  private struct FileProperties: Decodable {
    // swift-format-ignore: AlwaysUseLowerCamelCase
    let iso_a3: String?
    let name: String?
  }

  private struct FileGeometry: Decodable {
    let rings: [[[Double]]]

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      switch try container.decode(String.self, forKey: .type) {
      case "Polygon": rings = try container.decode([[[Double]]].self, forKey: .coordinates)
      case "MultiPolygon":
        rings = try container.decode([[[[Double]]]].self, forKey: .coordinates).flatMap { $0 }
      default: rings = []
      }
    }
  }
}
