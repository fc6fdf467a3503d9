import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteServer

/// The bundled network's booking service, loaded once for every test.
enum ServerFixture {
  static let service = BundledService.shared

  /// The served documents (cities, names, the map), made once: every test's server shares them.
  static let resources: Result<NetworkResources, any Error> = Result {
    try NetworkResources(network: try service.get().network, title: nil)
  }

  /// Runs `test` against a live server on loopback (Hummingbird's `.live` client: a real socket on
  /// `localhost`, a free port).
  static func withLiveServer<Value: Sendable>(
    configuration: ServerConfiguration = ServerConfiguration(),
    _ test: @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let app = SilkRouteServer.application(
      service: try service.get(), configuration: configuration, resources: try resources.get())
    return try await app.test(.live, test)
  }

  static func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

  static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

  /// The body as a JSON object.
  static func object(_ response: TestResponse) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    return try #require(value as? [String: Any])
  }

  /// Checks an RFC 9457 problem body and returns it.
  @discardableResult
  static func expectProblem(
    _ response: TestResponse, status: Int, field: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> ProblemDetails {
    #expect(response.status.code == status, sourceLocation: sourceLocation)
    #expect(response.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
    let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body.readableBytesView))
    #expect(problem.status == status, sourceLocation: sourceLocation)
    #expect(
      !problem.title.isEmpty && !problem.detail.isEmpty && !problem.type.isEmpty,
      sourceLocation: sourceLocation)
    #expect(problem.field == field, "\(problem)", sourceLocation: sourceLocation)
    return problem
  }
}
