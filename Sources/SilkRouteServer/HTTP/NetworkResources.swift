import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteGeoJSON
import SilkRouteGraphviz

/// The read-only documents the service serves about its network, made once at start-up: the
/// network is immutable, so every request gets the same bytes.
struct NetworkResources: Sendable {
  /// `GET /v1/cities`: the cities and their terminals (the same fields as `silkroute cities --format json`).
  let citiesJSON: Data
  /// `GET /v1/names`: every country, carrier, crossing and place a request may name.
  let namesJSON: Data
  /// `GET /v1/network.geojson`: the whole network, RFC 7946.
  let networkGeoJSON: Result<Data, any Error>
  /// `GET /v1/network.svg`: the whole network as a map, rendered by libgvc. A failure is kept
  /// and served as a 500 problem rather than stopping the service.
  let networkSVG: Result<Data, any Error>

  init(network: TransportNetwork, title: String?) throws {
    let entries = CityListing.all(in: network)
    citiesJSON = try APIJSON.encode(entries)
    namesJSON = try APIJSON.encode(NameListing.Catalog(network: network))
    networkGeoJSON = Result {
      try GeoJSONExport.networkFeatureCollection(network: network).jsonData(prettyPrinted: false)
    }
    networkSVG = Result {
      try NetworkDiagram.render(network: network, format: .svg, options: .init(title: title))
    }
  }
}
