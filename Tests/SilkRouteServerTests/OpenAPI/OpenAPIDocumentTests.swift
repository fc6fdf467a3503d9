import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRouteAPI
import Testing

@testable import SilkRouteServer

/// `/openapi.json` parses, says 3.1 and documents exactly the endpoints the server implements
/// (schemas against real responses: `OpenAPIConformanceTests`).
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
      #expect(documented == Set(ServerEndpoint.served.map(\.description)))
      // Every documented GET and HEAD answers 200; HEAD is documented beside every GET.
      for endpoint in ServerEndpoint.served where endpoint.method == .get || endpoint.method == .head {
        #expect(
          try await client.execute(uri: endpoint.path, method: endpoint.method).status == .ok, "\(endpoint)")
      }
      for endpoint in ServerEndpoint.all where endpoint.method == .get {
        #expect(documented.contains("HEAD \(endpoint.path)"), "\(endpoint)")
      }
      // Every local $ref resolves.
      let text = String(buffer: response.body)
      let components = try #require(document["components"] as? [String: [String: Any]])
      for reference in text.split(separator: "\"").filter({ $0.hasPrefix("#/components/") }) {
        let parts = reference.split(separator: "/")
        #expect(parts.count == 4 && components[String(parts[2])]?[String(parts[3])] != nil, "\(reference)")
      }
    }
  }

  /// The request schema (its cities and its options) documents exactly the fields of `RequestField.all` (the table the CLI's
  /// flags and the Codable keys are tested against in `RequestFieldTests`).
  @Test func requestSchemaHasEveryFieldOfTheRequestModel() throws {
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    let components = try #require(document["components"] as? [String: Any])
    let schemas = try #require(components["schemas"] as? [String: Any])
    let request = try #require(schemas["RouteRequest"] as? [String: Any])
    let options = try #require(schemas["RouteOptions"] as? [String: Any])
    func paths(_ schema: [String: Any], _ prefix: String) -> [String] {
      let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
      return properties.flatMap { key, value -> [String] in
        let path = prefix.isEmpty ? key : "\(prefix).\(key)"
        if value["properties"] != nil { return paths(value, path) }
        if let items = value["items"] as? [String: Any], items["properties"] != nil {
          return [path] + paths(items, path)
        }
        return [path]
      }
    }
    #expect(
      Set(paths(request, "") + paths(options, ""))
        == Set(RequestField.all.map(\.path)).subtracting(RequestField.objectPaths))
    // A matrix request has the same options and its cities as lists.
    let matrix = try #require(schemas["MatrixRequest"] as? [String: Any])
    #expect(matrix["allOf"] as? [[String: String]] == [["$ref": "#/components/schemas/RouteOptions"]])
    #expect(Set((matrix["properties"] as? [String: Any] ?? [:]).keys) == ["from", "to"])
  }
}
