import Hummingbird
import Testing

@testable import SilkRouteServer

/// `HEAD` beside every `GET` (moved from `OpenAPIDocumentTests`).
@Suite struct ServerEndpointHEADTests {
  @Test func servedEndpointsAddHeadBesideEveryGet() {
    let served = ServerEndpoint.served
    #expect(
      served.filter { $0.method == .head }.map(\.path)
        == ServerEndpoint.all.filter { $0.method == .get }.map(\.path))
    #expect(ServerEndpoint.routes.head == nil)
    #expect(Set(served).count == served.count)
  }

  @Test func headIsTheGetsPathOnly() throws {
    let head = try #require(ServerEndpoint.cities.head)
    #expect(head.method == .head && head.path == ServerEndpoint.cities.path)
    #expect(head.head == nil)
  }
}
