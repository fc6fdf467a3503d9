import Foundation
import HTTPTypes
import Hummingbird
import SilkRoute
import SilkRouteAPI
import SilkRouteGeoJSON

/// What each endpoint does: read the request, call the library, write the bytes. Errors are
/// thrown as ``ProblemDetails`` (or left for ``ProblemMiddleware`` to translate).
struct ServerHandlers: Sendable {
  let service: BookingService
  let resources: NetworkResources
  let configuration: ServerConfiguration
  let lanes: SearchLanes

  struct Health: Codable, Sendable {
    var status: String
    var apiVersion: String
    var dataVersion: String
  }

  /// `POST /v1/routes`: a `RouteRequest` in, a `RouteResponse` out. Unknown JSON fields are
  /// accepted (a client may send fields of a later API version) and listed in `warnings`.
  ///
  /// The body must arrive within `bodyReadTimeout` (408 otherwise) and be readable HTTP (400:
  /// a malformed chunk); both close the connection. The answer runs on a ``SearchLane`` thread
  /// under the configured ``SearchLimits``, cancelled if the client goes away.
  func route(_ request: Request, context: ServerRequestContext) async throws -> Response {
    var bytes: [UInt8] = []
    if let refusal = try await readBody(request, into: &bytes) { return refusal }
    let routeRequest: RouteRequest
    let plan: PlanRequest
    do {
      routeRequest = try RouteRequest.decode(json: Data(bytes))
      plan = try routeRequest.plan()
    } catch let error as DecodingError {
      throw ProblemDetails.from(error, body: bytes)
    } catch let error as RequestError {
      throw ProblemDetails.from(error)
    } catch {
      // JSONSerialization (listing unknown fields) refuses what JSONDecoder skipped: `1e400`.
      throw ProblemDetails.unreadableJSON(error)
    }
    let cancellation = SearchCancellation()
    ClientDepartureHandler.watch(cancellation, on: context.channel)
    let (service, limits) = (service, configuration.searchLimits)
    let answer: SearchOutcome
    do {
      answer = try await withTaskCancellationHandler {
        try await lanes.lane(for: plan).run { () -> SearchOutcome in
          let budget = SearchBudget(limits, cancellation: cancellation)
          let result: Result<Data, ProblemDetails>
          do {
            result = .success(try APIJSON.encode(try service.answer(plan, budget: budget)))
          } catch {
            result = .failure(ProblemDetails.from(error, request: routeRequest))
          }
          return SearchOutcome(result: result, spent: ContinuousClock.now - budget.started)
        }
      } onCancel: {
        cancellation.cancel()
      }
    } catch SearchLaneError.overloaded {
      let retry = lanes.retryAfterSeconds
      return ProblemDetails.overloaded(retryAfterSeconds: retry).response(headers: [.retryAfter: "\(retry)"])
    } catch {
      throw ProblemDetails.from(RoutingError.cancelled)
    }
    var response =
      switch answer.result {
      case .success(let body): Self.response(body, contentType: "application/json")
      case .failure(let problem): problem.response()
      }
    response.headers[.serverTiming] = answer.serverTiming
    return response
  }

  /// Reads the request's body into `bytes`, or returns the response refusing it: 408 when it
  /// does not arrive within `bodyReadTimeout`, 400 when it is not readable HTTP (both close the
  /// connection). A body over `limit` (default `maxBodyBytes`) is thrown as 413.
  func readBody(_ request: Request, into bytes: inout [UInt8], limit: Int? = nil) async throws -> Response? {
    let maxBodyBytes = limit ?? configuration.maxBodyBytes
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
      throw ProblemDetails.bodyTooLarge(limit: maxBodyBytes)
    }
    switch await RequestBody.read(request, limit: maxBodyBytes, timeout: configuration.bodyReadTimeout) {
    case .body(let body):
      bytes = Array(body.readableBytesView)
      return nil
    case .tooLarge: throw ProblemDetails.bodyTooLarge(limit: maxBodyBytes)
    case .timedOut:
      return ProblemDetails.bodyTimeout(configuration.bodyReadTimeout).response(headers: [
        .connection: "close"
      ])
    case .unreadable: return ProblemDetails.malformedBody.response(headers: [.connection: "close"])
    }
  }

  /// What a search thread hands back: the answer's bytes or its problem, and the time the answer
  /// took on the thread (searches, itineraries, encoding), for `Server-Timing`.
  struct SearchOutcome: Sendable {
    var result: Result<Data, ProblemDetails>
    var spent: Duration

    /// `search;dur=12.3`: milliseconds, as W3C Server Timing writes them.
    var serverTiming: String {
      let microseconds = spent / .microseconds(1)
      return "search;dur=\(Int(microseconds) / 1000).\(Int(microseconds) % 1000 / 100)"
    }
  }

  /// `GET /v1/cities`.
  func cities() -> Response {
    Self.response(resources.citiesJSON, contentType: "application/json")
  }

  /// `GET /v1/names`.
  func names() -> Response {
    Self.response(resources.namesJSON, contentType: "application/json")
  }

  /// `GET /v1/network.svg`: drawn on the first request (every later one gets the same bytes), or
  /// refused with 403 when the network has more services than the configured limit.
  func networkSVG() async throws -> Response {
    let services = service.network.data.services.count
    let limit = configuration.networkDiagramServiceLimit
    guard services <= limit else { throw ProblemDetails.diagramTooLarge(services: services, limit: limit) }
    do {
      return Self.response(try await resources.networkSVG.bytes(), contentType: "image/svg+xml")
    } catch {
      throw ProblemDetails(
        type: ProblemDetails.kind("diagram-failed"), title: "Diagram failed", status: 500,
        detail: "\(error)")
    }
  }

  /// `GET /v1/network.geojson`: made on the first request, then kept.
  func networkGeoJSON() async throws -> Response {
    do {
      return Self.response(try await resources.networkGeoJSON.bytes(), contentType: "application/geo+json")
    } catch {
      throw ProblemDetails(
        type: ProblemDetails.kind("export-failed"), title: "GeoJSON export failed", status: 500,
        detail: "\(error)")
    }
  }

  /// `GET /v1/basemap.geojson`: the land and borders the maps draw under the network (Natural
  /// Earth 1:110m, `Data/basemap.geojson`, compiled into the binary), for a page to draw the same.
  func basemapGeoJSON() -> Response {
    Self.response(Basemap.bundled.geoJSON, contentType: "application/geo+json")
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
