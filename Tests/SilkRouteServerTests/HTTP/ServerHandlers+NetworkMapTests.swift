import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import SilkRouteServer

/// `GET /v1/network.svg` over a live server: nothing is drawn at start-up; the first request draws
/// the map once, even when many arrive together, and every later one gets the same bytes; over
/// the configured size the map is refused with a 403 that says the limit and what to do instead.
@Suite struct ServerHandlersNetworkMapTests {
  /// How many times the map was drawn.
  final class Drawings: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var total: Int { count.withLock { $0 } }
  }

  /// A server whose map drawer counts its calls and takes `drawing` to draw.
  static func withCountingServer(
    configuration: ServerConfiguration = ServerConfiguration(), drawing: Duration = .zero,
    _ test: @Sendable (any TestClientProtocol, Drawings) async throws -> Void
  ) async throws {
    let service = try ServerFixture.service.get()
    let drawn = Drawings()
    let seconds = Double(drawing / .milliseconds(1)) / 1000
    let resources = try NetworkResources(network: service.network, title: nil) { network, title in
      drawn.add()
      Thread.sleep(forTimeInterval: seconds)
      return try NetworkResources.renderSVG(network: network, title: title)
    }
    let app = SilkRouteServer.application(
      service: service, configuration: configuration, resources: resources)
    try await app.test(.live) { client in try await test(client, drawn) }
  }

  @Test func theFirstRequestDrawsTheMapAndLaterOnesGetItsBytes() async throws {
    try await Self.withCountingServer { client, drawn in
      // The server is up and answering: still nothing drawn.
      #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
      #expect(drawn.total == 0)
      let first = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: .get)
      #expect(first.status == .ok)
      #expect(first.headers[.contentType] == "image/svg+xml")
      #expect(String(buffer: first.body).contains("Almaty"))
      let again = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: .get)
      #expect(again.status == .ok && again.body == first.body)
      #expect(drawn.total == 1)
    }
  }

  @Test func concurrentFirstRequestsDrawTheMapOnce() async throws {
    try await Self.withCountingServer(drawing: .milliseconds(500)) { client, drawn in
      let port = try #require(client.port)
      let replies = try await withThrowingTaskGroup(of: RawConnection.Reply?.self) { group in
        for _ in 0..<6 {
          group.addTask {
            try await RawConnection.exchange(port: port, RawConnection.get(ServerEndpoint.networkSVG.path))
              .reply
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(replies.count == 6)
      let bodies = Set(replies.map { $0?.body ?? [] })
      #expect(replies.allSatisfy { $0?.status == 200 }, "\(replies.map { $0?.status ?? 0 })")
      #expect(bodies.count == 1 && bodies.first?.isEmpty == false)
      #expect(drawn.total == 1)
    }
  }

  @Test func aNetworkOverTheLimitIsRefusedAndNeverDrawn() async throws {
    let configuration = ServerConfiguration(networkDiagramServiceLimit: 10)
    try await Self.withCountingServer(configuration: configuration) { client, drawn in
      let services = try ServerFixture.service.get().network.data.services.count
      let response = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: .get)
      let problem = try ServerFixture.expectProblem(response, status: 403)
      #expect(problem.type == "urn:silkroute:problem:diagram-too-large")
      #expect(problem.detail.contains("\(services) services"), "\(problem.detail)")
      #expect(problem.detail.contains("up to 10 "), "\(problem.detail)")
      #expect(problem.detail.contains("--diagram-service-limit"), "\(problem.detail)")
      #expect(problem.detail.contains("silkroute diagram --db FILE --mode"), "\(problem.detail)")
      let head = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: .head)
      #expect(head.status.code == 403 && head.body.readableBytes == 0)
      // The rest of the service is unaffected; the GeoJSON is still served.
      #expect(try await client.execute(uri: ServerEndpoint.networkGeoJSON.path, method: .get).status == .ok)
      #expect(drawn.total == 0)
    }
  }

  @Test func aNetworkAtTheLimitIsDrawn() async throws {
    let services = try ServerFixture.service.get().network.data.services.count
    let configuration = ServerConfiguration(networkDiagramServiceLimit: services)
    try await Self.withCountingServer(configuration: configuration) { client, drawn in
      let response = try await client.execute(uri: ServerEndpoint.networkSVG.path, method: .get)
      #expect(response.status == .ok)
      #expect(drawn.total == 1)
    }
  }
}
