import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRouteServer
import Testing

/// `/openapi.json` parses, says 3.1 and documents exactly the endpoints the server implements.
@Suite struct OpenAPIDocumentTests {
  @Test func documentListsEveryImplementedPath() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/openapi.json", method: .get)
      #expect(response.status == .ok)
      let document = try ServerFixture.object(response)
      #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
      let paths = try #require(document["paths"] as? [String: [String: Any]])
      var documented: Set<String> = []
      for (path, operations) in paths {
        for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
      }
      #expect(documented == Set(ServerEndpoint.all.map(\.description)))
      // Every implemented endpoint answers something other than 404/405 on its documented method.
      for endpoint in ServerEndpoint.all where endpoint.method == .get {
        #expect(try await client.execute(uri: endpoint.path, method: .get).status == .ok, "\(endpoint)")
      }
      // Every local $ref resolves.
      let text = String(buffer: response.body)
      let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
      let responses = try #require((document["components"] as? [String: Any])?["responses"] as? [String: Any])
      for reference in text.split(separator: "\"").filter({ $0.hasPrefix("#/components/") }) {
        let parts = reference.split(separator: "/")
        let name = String(parts[parts.count - 1])
        let table = parts[2] == "schemas" ? schemas : responses
        #expect(table[name] != nil, "\(reference)")
      }
    }
  }
}
