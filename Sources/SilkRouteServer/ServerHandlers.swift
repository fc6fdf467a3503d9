import Foundation
import Hummingbird
import SilkRoute
import SilkRouteAPI

/// What each endpoint does: read the request, call the library, write the bytes. Errors are
/// thrown as ``ProblemDetails`` (or left for ``ProblemMiddleware`` to translate).
struct ServerHandlers: Sendable {
  let service: BookingService
  let resources: NetworkResources
  let maxBodyBytes: Int

  struct Health: Codable, Sendable {
    var status: String
    var apiVersion: String
    var dataVersion: String
  }

  /// `POST /v1/routes`: a `RouteRequest` in, a `RouteResponse` out. Unknown JSON fields are
  /// accepted (a client may send fields of a later API version) and listed in `warnings`.
  func route(_ request: Request, context: some RequestContext) async throws -> Response {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
      throw ProblemDetails.bodyTooLarge(limit: maxBodyBytes)
    }
    let body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: maxBodyBytes)
    } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
      throw ProblemDetails.bodyTooLarge(limit: maxBodyBytes)
    }
    let routeRequest: RouteRequest
    do {
      routeRequest = try RouteRequest.decode(json: Data(body.readableBytesView))
    } catch {
      throw ProblemDetails.from(error)
    }
    let answer: RouteResponse
    do {
      answer = try service.answer(routeRequest)
    } catch {
      throw ProblemDetails.from(error, request: routeRequest)
    }
    return Self.response(try APIJSON.encode(answer), contentType: "application/json")
  }

  /// `GET /v1/cities`.
  func cities() -> Response {
    Self.response(resources.citiesJSON, contentType: "application/json")
  }

  /// `GET /v1/names`.
  func names() -> Response {
    Self.response(resources.namesJSON, contentType: "application/json")
  }

  /// `GET /v1/network.svg`.
  func networkSVG() throws -> Response {
    do {
      return Self.response(try resources.networkSVG.get(), contentType: "image/svg+xml")
    } catch {
      throw ProblemDetails(
        type: ProblemDetails.kind("diagram-failed"), title: "Diagram failed", status: 500,
        detail: "\(error)")
    }
  }

  /// `GET /v1/network.geojson`.
  func networkGeoJSON() throws -> Response {
    do {
      return Self.response(try resources.networkGeoJSON.get(), contentType: "application/geo+json")
    } catch {
      throw ProblemDetails(
        type: ProblemDetails.kind("export-failed"), title: "GeoJSON export failed", status: 500,
        detail: "\(error)")
    }
  }

  /// `GET /healthz`: the service is up and which data it answers from.
  func health() -> Response {
    let health = Health(status: "ok", apiVersion: APIVersion.current, dataVersion: service.dataVersion)
    let body = (try? APIJSON.encode(health)) ?? Data(#"{"status":"ok"}"#.utf8)
    return Self.response(body, contentType: "application/json")
  }

  /// `GET /openapi.json`: the OpenAPI 3.1 description of this service.
  func openAPI() -> Response {
    Self.response(Data(OpenAPIDocument.json.utf8), contentType: "application/json")
  }

  static func response(_ body: Data, contentType: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = contentType
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }
}
