import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

/// The Natural Earth basemap compiled into the binary.
struct BasemapTests {
  static let repositoryFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data").appendingPathComponent(Basemap.fileName)

  @Test func theBundledBasemapIsDataBasemapGeoJSON() throws {
    #expect(Basemap.bundled.geoJSON == (try Data(contentsOf: Self.repositoryFile)))
    let codes = Set(Basemap.bundled.countries.map(\.code))
    // Every country of the network's cities (alpha-3), and Africa round the Cape.
    for code in ["CHN", "KAZ", "UZB", "RUS", "DEU", "NLD", "FIN", "JPN", "KOR", "IRN", "PAK", "VNM", "ZAF"] {
      #expect(codes.contains(code), "\(code) is missing")
    }
  }

  /// Land and sea where an atlas has them (Natural Earth 1:110m is coarse: points well inland
  /// and well offshore).
  @Test func landIsLandAndSeaIsSea() {
    let basemap = Basemap.bundled
    let land = [
      GeoPoint(latitude: 43.24, longitude: 76.9), GeoPoint(latitude: 55.75, longitude: 37.62),
      GeoPoint(latitude: 52.5, longitude: 13.4), GeoPoint(latitude: 23, longitude: 45),
    ]
    let sea = [
      GeoPoint(latitude: 42, longitude: 51), GeoPoint(latitude: 15, longitude: 88),
      GeoPoint(latitude: 35, longitude: 18), GeoPoint(latitude: 35, longitude: 123),
    ]
    for point in land { #expect(basemap.isLand(point), "\(point) should be land") }
    for point in sea { #expect(!basemap.isLand(point), "\(point) should be sea") }
    #expect(basemap.country(at: GeoPoint(latitude: 43.24, longitude: 76.9))?.code == "KAZ")
  }

  @Test func aFileThatIsNoFeatureCollectionIsAnError() {
    #expect(throws: BasemapError.self) { try Basemap(geoJSON: Data("[1,2]".utf8)) }
    let one =
      #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Square","iso_a3":"SQR"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}}]}"#
    let square = try? Basemap(geoJSON: Data(one.utf8))
    #expect(square?.isLand(GeoPoint(latitude: 5, longitude: 5)) == true)
    #expect(square?.isLand(GeoPoint(latitude: 5, longitude: 15)) == false)
  }
}
