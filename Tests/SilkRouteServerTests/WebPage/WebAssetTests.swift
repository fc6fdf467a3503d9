import Foundation
import Testing

@testable import SilkRouteServer

/// The page is whole and speaks only the documented API: everything it loads is one of its files,
/// every module it imports is served, every API path it names is in `openapi.json` (an optional
/// one only behind a check that the document lists it), and nothing comes from another host.
@Suite struct WebAssetTests {
  static func text(_ asset: WebAsset) -> String { String(decoding: asset.bytes, as: UTF8.self) }

  static let served = Set(WebAsset.all.map(\.path))

  /// The matches of `pattern`'s first group in `text`.
  static func captures(_ pattern: String, in text: String) throws -> [String] {
    let regex = try Regex(pattern)
    return text.matches(of: regex).compactMap { match in match.output[1].substring.map(String.init) }
  }

  @Test func everyFileThePageLoadsIsServed() throws {
    let html = Self.text(WebAsset.page)
    let loaded = try Self.captures(#"(?:src|href)="(/app/[^"]+)""#, in: html)
    #expect(Set(loaded) == Self.served.subtracting(["/", "/app/api.js", "/app/map.js", "/app/chart.js"]))
    var imported: Set<String> = []
    for asset in WebAsset.all where asset.path.hasSuffix(".js") {
      for module in try Self.captures(#"from '\./([a-z]+\.js)'"#, in: Self.text(asset)) {
        imported.insert("/app/\(module)")
      }
    }
    #expect(imported == ["/app/api.js", "/app/map.js", "/app/chart.js"])
    #expect(imported.isSubset(of: Self.served))
  }

  @Test func thePageNamesOnlyDocumentedPathsAndNoOtherHost() throws {
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    let documented = Set((document["paths"] as? [String: Any] ?? [:]).keys)
    var named: Set<String> = []
    var optional: Set<String> = []
    for asset in WebAsset.all {
      let text = Self.text(asset)
      named.formUnion(try Self.captures(#"'(/v1/[a-z./]+|/openapi\.json)'"#, in: text))
      optional.formUnion(try Self.captures(#"documents\(openAPI, '(/v1/[a-z./]+)'\)"#, in: text))
      // No URL of another host: the only one is the SVG namespace, a name, not a load.
      let urls = text.replacingOccurrences(of: "'http://www.w3.org/2000/svg'", with: "")
      #expect(!urls.contains("http:") && !urls.contains("https:") && !urls.contains("//cdn"), "\(asset.path)")
    }
    #expect(named.isSuperset(of: ["/v1/routes", "/v1/cities", "/v1/network.geojson", "/openapi.json"]))
    #expect(named.subtracting(optional).isSubset(of: documented), "\(named.subtracting(documented))")
  }

  @Test func endpointsListThePageAfterTheAPI() {
    #expect(ServerEndpoint.webPage.map(\.path) == WebAsset.all.map(\.path))
    #expect(ServerEndpoint.all.suffix(WebAsset.all.count) == ServerEndpoint.webPage[...])
    #expect(ServerEndpoint.webPage.allSatisfy { $0.method == .get })
  }
}
