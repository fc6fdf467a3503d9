import Foundation
import Hummingbird
import SilkRoute
import SilkRouteAPI

/// How `silkroute serve` listens and what it accepts.
public struct ServerConfiguration: Sendable {
  /// Address to bind (default loopback only).
  public var host: String
  /// TCP port; 0 picks a free one.
  public var port: Int
  /// Largest request body accepted; a larger one gets 413.
  public var maxBodyBytes: Int
  /// A connection with no traffic for this long is closed (slow or idle clients).
  public var idleTimeout: Duration
  /// Title of the network map's legend (nil: the diagram's default).
  public var networkTitle: String?

  public init(
    host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
    idleTimeout: Duration = .seconds(30), networkTitle: String? = nil
  ) {
    self.host = host
    self.port = port
    self.maxBodyBytes = maxBodyBytes
    self.idleTimeout = idleTimeout
    self.networkTitle = networkTitle
  }
}

/// The HTTP service over one `BookingService`: `POST /v1/routes`, `GET /v1/cities`,
/// `GET /v1/network.svg`, `GET /v1/network.geojson`, `GET /healthz`, `GET /openapi.json`, and
/// `HEAD` wherever `GET` answers (``ServerEndpoint/served``).
///
/// Errors are RFC 9457 `application/problem+json` bodies (see ``ProblemDetails``).
public enum SilkRouteServer {
  /// The Hummingbird application, ready to `runService()` (or to test).
  ///
  /// - Throws: when the network's cities cannot be encoded (never for a loaded network).
  public static func application(
    service: BookingService, configuration: ServerConfiguration = ServerConfiguration()
  ) throws -> some ApplicationProtocol {
    let resources = try NetworkResources(network: service.planner.network, title: configuration.networkTitle)
    let handlers = ServerHandlers(
      service: service, resources: resources, maxBodyBytes: configuration.maxBodyBytes)
    // HEAD runs the GET's handler and drops the body, keeping its status and headers (content
    // type, content length).
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: ProblemMiddleware(endpoints: ServerEndpoint.served))
    router.post(RouterPath(ServerEndpoint.routes.path)) { request, context in
      try await handlers.route(request, context: context)
    }
    router.get(RouterPath(ServerEndpoint.cities.path)) { _, _ in handlers.cities() }
    router.get(RouterPath(ServerEndpoint.names.path)) { _, _ in handlers.names() }
    router.get(RouterPath(ServerEndpoint.networkSVG.path)) { _, _ in try handlers.networkSVG() }
    router.get(RouterPath(ServerEndpoint.networkGeoJSON.path)) { _, _ in try handlers.networkGeoJSON() }
    router.get(RouterPath(ServerEndpoint.health.path)) { _, _ in handlers.health() }
    router.get(RouterPath(ServerEndpoint.openAPI.path)) { _, _ in handlers.openAPI() }
    return Application(
      router: router,
      server: .http1(configuration: .init(idleTimeout: .nanoseconds(configuration.idleTimeout.nanoseconds))),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: "silkroute"))
  }

  /// Serves until SIGTERM or SIGINT, then shuts down gracefully (open requests finish).
  public static func run(
    service: BookingService, configuration: ServerConfiguration = ServerConfiguration()
  ) async throws {
    let app = try application(service: service, configuration: configuration)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }
}

extension Duration {
  /// Whole nanoseconds, saturating at `Int64`'s bounds.
  var nanoseconds: Int64 {
    let (seconds, attoseconds) = components
    let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let (total, carry) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
    if overflow || carry { return seconds < 0 ? .min : .max }
    return total
  }
}
