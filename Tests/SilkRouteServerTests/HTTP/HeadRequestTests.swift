import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRouteServer
import Testing

/// `HEAD` answers wherever `GET` does: the GET's status, content type and content length, no body;
/// a 405's `Allow` lists it beside `GET`.
@Suite struct HeadRequestTests {
  @Test func headAnswersWithTheGetsHeadersAndNoBody() async throws {
    try await ServerFixture.withLiveServer { client in
      for endpoint in ServerEndpoint.all where endpoint.method == .get {
        let get = try await client.execute(uri: endpoint.path, method: .get)
        let head = try await client.execute(uri: endpoint.path, method: .head)
        #expect(get.status == .ok && head.status == .ok, "\(endpoint)")
        #expect(head.headers[.contentType] == get.headers[.contentType], "\(endpoint)")
        #expect(head.headers[.contentType] != nil, "\(endpoint)")
        #expect(head.headers[.contentLength] == "\(get.body.readableBytes)", "\(endpoint)")
        #expect(head.headers[.contentLength] == get.headers[.contentLength], "\(endpoint)")
        #expect(head.body.readableBytes == 0, "\(endpoint)")
      }
      // The connection is still in step after bodiless answers.
      #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
    }
  }

  @Test func allowListsHeadWhereGetIsAllowed() async throws {
    try await ServerFixture.withLiveServer { client in
      for endpoint in ServerEndpoint.all where endpoint.method == .get {
        let delete = try await client.execute(uri: endpoint.path, method: .delete)
        #expect(delete.status == .methodNotAllowed, "\(endpoint)")
        #expect(delete.headers[.allow] == "GET, HEAD", "\(endpoint)")
      }
      let head = try await client.execute(uri: ServerEndpoint.routes.path, method: .head)
      #expect(head.status == .methodNotAllowed)
      #expect(head.headers[.allow] == "POST")
      #expect(head.body.readableBytes == 0)
      #expect(try await client.execute(uri: "/nowhere", method: .head).status == .notFound)
    }
  }
}
