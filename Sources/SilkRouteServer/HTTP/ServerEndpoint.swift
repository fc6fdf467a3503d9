import Hummingbird

/// One route of the service: what `openapi.json` documents and the router serves (tests check
/// that the two agree).
public struct ServerEndpoint: Hashable, Sendable, CustomStringConvertible {
  public var method: HTTPRequest.Method
  public var path: String

  public var description: String { "\(method.rawValue) \(path)" }

  public static let routes = ServerEndpoint(method: .post, path: "/v1/routes")
  public static let matrix = ServerEndpoint(method: .post, path: "/v1/matrix")
  public static let batch = ServerEndpoint(method: .post, path: "/v1/batch")
  public static let cities = ServerEndpoint(method: .get, path: "/v1/cities")
  public static let names = ServerEndpoint(method: .get, path: "/v1/names")
  public static let networkSVG = ServerEndpoint(method: .get, path: "/v1/network.svg")
  public static let networkGeoJSON = ServerEndpoint(method: .get, path: "/v1/network.geojson")
  public static let basemapGeoJSON = ServerEndpoint(method: .get, path: "/v1/basemap.geojson")
  public static let health = ServerEndpoint(method: .get, path: "/healthz")
  public static let openAPI = ServerEndpoint(method: .get, path: "/openapi.json")
  /// The planner's web page (`GET /`) and its scripts and style (`GET /app/…`).
  public static let webPage: [ServerEndpoint] = WebAsset.all.map {
    ServerEndpoint(method: .get, path: $0.path)
  }

  /// Every endpoint the server implements.
  public static let all: [ServerEndpoint] =
    [
      routes, matrix, batch, cities, names, networkSVG, networkGeoJSON, basemapGeoJSON, health, openAPI,
    ] + webPage
}
