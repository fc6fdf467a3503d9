import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SilkRouteServer

/// The web page over a live server: `GET /` is the page, each file it loads is served with its
/// content type from the binary, a path under `/app/` that is no file of it is a 404 problem, and
/// `HEAD` answers as for every `GET`. (In a browser: `scripts/e2e.sh`.)
@Suite struct ServerHandlersWebPageTests {
  @Test func rootIsTheHTMLPage() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let html = String(buffer: response.body)
      #expect(html.hasPrefix("<!doctype html>"))
      #expect(html.contains(#"<script type="module" src="/app/app.js"></script>"#))
      #expect(html.contains(#"<form id="route-form""#))
      #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
    }
  }

  @Test func everyFileIsServedWithItsTypeAndTheBytesOfItsSource() async throws {
    try await ServerFixture.withLiveServer { client in
      for asset in WebAsset.all {
        let response = try await client.execute(uri: asset.path, method: .get)
        #expect(response.status == .ok, "\(asset.path)")
        #expect(response.headers[.contentType] == asset.contentType, "\(asset.path)")
        #expect(response.headers[.cacheControl] == "no-cache", "\(asset.path)")
        let name = asset.path == "/" ? "index.html" : String(asset.path.dropFirst("/app/".count))
        let source = try Data(contentsOf: Self.assets.appending(path: name))
        #expect(Data(response.body.readableBytesView) == source, "\(asset.path) is not the bytes of \(name)")
      }
      // Each content type is the one its file's extension calls for.
      for asset in WebAsset.all {
        let expected =
          asset.path.hasSuffix(".js")
          ? WebAsset.javaScript : asset.path.hasSuffix(".css") ? WebAsset.css : WebAsset.html
        #expect(asset.contentType == expected, "\(asset.path)")
      }
    }
  }

  @Test func unknownAssetIsANotFoundProblem() async throws {
    try await ServerFixture.withLiveServer { client in
      for path in ["/app/nope.js", "/app/", "/app", "/index.html", "/app/app.js/x"] {
        let response = try await client.execute(uri: path, method: .get)
        let problem = try ServerFixture.expectProblem(response, status: 404)
        #expect(problem.detail.contains(path), "\(path)")
        #expect(try await client.execute(uri: path, method: .head).status == .notFound, "\(path)")
      }
      let post = try await client.execute(uri: "/", method: .post, body: ServerFixture.body("{}"))
      try ServerFixture.expectProblem(post, status: 405)
      #expect(post.headers[.allow] == "GET, HEAD")
    }
  }

  @Test func headGivesTheGetsHeadersWithoutTheBody() async throws {
    try await ServerFixture.withLiveServer { client in
      for path in ["/", "/app/app.js", "/app/app.css"] {
        let get = try await client.execute(uri: path, method: .get)
        let head = try await client.execute(uri: path, method: .head)
        #expect(head.status == .ok, "\(path)")
        #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
        #expect(head.headers[.contentLength] == "\(get.body.readableBytes)", "\(path)")
        #expect(head.headers[.contentSecurityPolicy] == get.headers[.contentSecurityPolicy], "\(path)")
        #expect(head.body.readableBytes == 0, "\(path)")
      }
    }
  }

  /// `Sources/SilkRouteServer/WebPage/Assets/`.
  static let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(
      path: "Sources/SilkRouteServer/WebPage/Assets")
}
