import SilkRoute
import SilkRouteGeoJSON
import SilkRouteGraphviz

/// What `silkroute route` needs to draw or export an itinerary: one call each, so that the
/// route command stays a thin wiring of options.
enum RouteMapOutput {
  /// `--diagram FILE`: the itinerary over the network, in the format FILE's extension names
  /// (`.svg`, `.png`, `.pdf`, `.dot`), grouped by the itinerary's transport documents.
  static func writeDiagram(of itinerary: Itinerary, network: TransportNetwork, to path: String) throws {
    try RouteDiagram.write(itinerary: itinerary, network: network, to: path)
  }

  /// `--format geojson`: the itinerary as a GeoJSON FeatureCollection.
  static func geoJSON(of itinerary: Itinerary, network: TransportNetwork) throws -> String {
    try GeoJSONExport.routeFeatureCollection(itinerary: itinerary, network: network).jsonString()
  }
}
