import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteGeoJSON
import SilkRouteGraphviz

/// The read-only documents the service serves about its network: the network is immutable, so
/// every request gets the same bytes. The listings are made at start-up; the whole-network map and
/// GeoJSON on their first request (``LazyDocument``), so that a server over a million services
/// starts without drawing them.
struct NetworkResources: Sendable {
  /// `GET /v1/cities`: the cities and their terminals (the same fields as `silkroute cities --format json`).
  let citiesJSON: Data
  /// `GET /v1/names`: every country, carrier, crossing and place a request may name.
  let namesJSON: Data
  /// `GET /v1/network.geojson`: the whole network, RFC 7946. A failure is kept and served as a
  /// 500 problem rather than stopping the service.
  let networkGeoJSON: LazyDocument
  /// `GET /v1/network.svg`: the whole network as a map, rendered by libgvc. A failure is kept
  /// and served as a 500 problem. Above `ServerConfiguration.networkDiagramServiceLimit` services
  /// it is never made: the handler refuses first.
  let networkSVG: LazyDocument

  /// - Parameter renderSVG: draws the map (tests count or slow down its calls).
  init(
    network: TransportNetwork, title: String?,
    renderSVG: @escaping @Sendable (TransportNetwork, String?) throws -> Data = NetworkResources.renderSVG
  ) throws {
    let entries = CityListing.all(in: network)
    citiesJSON = try APIJSON.encode(entries)
    namesJSON = try APIJSON.encode(NameListing.Catalog(network: network))
    networkGeoJSON = LazyDocument {
      try GeoJSONExport.networkFeatureCollection(network: network).jsonData(prettyPrinted: false)
    }
    networkSVG = LazyDocument { try renderSVG(network, title) }
  }

  /// The whole network as an SVG map, titled `title` (nil: the diagram's default).
  @Sendable static func renderSVG(network: TransportNetwork, title: String?) throws -> Data {
    try NetworkDiagram.render(network: network, format: .svg, options: .init(title: title))
  }
}
