import Foundation
import Hummingbird
import NIOCore
import SilkRoute
import SilkRouteAPI

/// The HTTP service over one `BookingService`: `POST /v1/routes`, `POST /v1/matrix`, `POST /v1/batch`,
/// `GET /v1/cities`,
/// `GET /v1/network.svg`, `GET /v1/network.geojson`, `GET /healthz`, `GET /openapi.json`, the
/// planner's web page (`GET /` and `GET /app/…`, ``WebAsset``), and `HEAD` wherever `GET` answers
/// (``ServerEndpoint/served``).
///
/// Errors are RFC 9457 `application/problem+json` bodies (see ``ProblemDetails``).
public enum SilkRouteServer {
  /// The Hummingbird application, ready to `runService()` (or to test).
  ///
  /// - Throws: when the network's cities cannot be encoded (never for a loaded network).
  public static func application(
    service: BookingService, configuration: ServerConfiguration = ServerConfiguration()
  ) throws -> some ApplicationProtocol {
    let resources = try NetworkResources(network: service.network, title: configuration.networkTitle)
    return application(service: service, configuration: configuration, resources: resources)
  }

  /// The application over documents already made (tests share one set, so the map is drawn
  /// once for all of them: a second of a debug build).
  static func application(
    service: BookingService, configuration: ServerConfiguration, resources: NetworkResources
  ) -> some ApplicationProtocol {
    let handlers = ServerHandlers(
      service: service, resources: resources, configuration: configuration,
      lanes: SearchLanes(configuration: configuration))
    // HEAD runs the GET's handler and drops the body, keeping its status and headers (content
    // type, content length).
    let router = Router(context: ServerRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: ProblemMiddleware(endpoints: ServerEndpoint.served))
    router.post(RouterPath(ServerEndpoint.routes.path)) { request, context in
      try await handlers.route(request, context: context)
    }
    router.post(RouterPath(ServerEndpoint.matrix.path)) { request, context in
      try await handlers.matrix(request, context: context)
    }
    router.post(RouterPath(ServerEndpoint.batch.path)) { request, context in
      try await handlers.batch(request, context: context)
    }
    router.get(RouterPath(ServerEndpoint.cities.path)) { _, _ in handlers.cities() }
    router.get(RouterPath(ServerEndpoint.names.path)) { _, _ in handlers.names() }
    router.get(RouterPath(ServerEndpoint.networkSVG.path)) { _, _ in try await handlers.networkSVG() }
    router.get(RouterPath(ServerEndpoint.networkGeoJSON.path)) { _, _ in try await handlers.networkGeoJSON() }
    router.get(RouterPath(ServerEndpoint.basemapGeoJSON.path)) { _, _ in handlers.basemapGeoJSON() }
    router.get(RouterPath(ServerEndpoint.health.path)) { _, _ in handlers.health() }
    router.get(RouterPath(ServerEndpoint.openAPI.path)) { _, _ in handlers.openAPI() }
    for asset in WebAsset.all {
      router.get(RouterPath(asset.path)) { _, _ in ServerHandlers.webAsset(asset) }
    }
    let drainTimeout = TimeAmount.nanoseconds(configuration.shutdownDrainTimeout.nanoseconds)
    return Application(
      router: router,
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [
            ClientDepartureHandler(), ResponseDrainHandler(drainTimeout: drainTimeout),
          ],
          idleTimeout: .nanoseconds(configuration.idleTimeout.nanoseconds))),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: "silkroute"))
  }

  /// Serves until SIGTERM or SIGINT, then shuts down gracefully: it stops accepting, open
  /// requests finish and their responses go out (within `shutdownDrainTimeout`), then it returns.
  public static func run(
    service: BookingService, configuration: ServerConfiguration = ServerConfiguration()
  ) async throws {
    let app = try application(service: service, configuration: configuration)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }
}
