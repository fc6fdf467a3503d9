import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteServer
import Testing

/// Every endpoint end to end, over a real loopback connection.
@Suite struct ServerHandlersTests {
  @Test func minimalRouteRequestIsAnswered() async throws {
    try await ServerFixture.withLiveServer { client in
      let body =
        #"{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}"#
      let response = try await client.execute(
        uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body))
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json")
      let answer = try JSONDecoder().decode(RouteResponse.self, from: Data(response.body.readableBytesView))
      #expect(answer.apiVersion == APIVersion.current)
      let expected = try ServerFixture.service.get().answer(
        RouteRequest(
          from: "Jiaozhou", to: "Almaty", cargo: .init(unit: "FEU", count: 1), objective: "cheapest"))
      #expect(answer == expected)
      #expect(answer.itinerary != nil)
    }
  }

  @Test func paretoRequestReturnsTheFront() async throws {
    try await ServerFixture.withLiveServer { client in
      let body = #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time"]}"#
      let response = try await client.execute(
        uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body))
      #expect(response.status == .ok)
      let answer = try JSONDecoder().decode(RouteResponse.self, from: Data(response.body.readableBytesView))
      #expect((answer.paretoFront?.count ?? 0) >= 2)
      #expect(answer.paretoCriteria == [.cost, .time])
    }
  }

  @Test func unknownFieldsAreIgnored() async throws {
    try await ServerFixture.withLiveServer { client in
      let body =
        #"{"from": "Jiaozhou", "to": "Almaty", "priority": "urgent", "cargo": {"unit": "TEU", "count": 2, "colour": "red"}}"#
      let response = try await client.execute(
        uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body))
      #expect(response.status == .ok)
      let answer = try JSONDecoder().decode(RouteResponse.self, from: Data(response.body.readableBytesView))
      #expect(answer.itinerary != nil)
    }
  }

  @Test func citiesListsTheNetwork() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/v1/cities", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json")
      let cities = try #require(
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
      let network = try ServerFixture.service.get().network
      #expect(cities.count == network.data.cities.filter { $0.status != .transit }.count)
      #expect(cities.contains { $0["name"] as? String == "Almaty" })
      #expect(cities.allSatisfy { ($0["terminals"] as? [Any])?.isEmpty == false })
    }
  }

  @Test func networkSVGIsAMap() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/v1/network.svg", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "image/svg+xml")
      let text = String(buffer: response.body)
      #expect(text.contains("<svg"))
      #expect(text.contains("Almaty"))
    }
  }

  @Test func networkGeoJSONIsAFeatureCollection() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/v1/network.geojson", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/geo+json")
      let object = try ServerFixture.object(response)
      #expect(object["type"] as? String == "FeatureCollection")
      #expect(((object["features"] as? [Any])?.count ?? 0) > 49)
    }
  }

  /// The land the maps draw, for a page to draw the same: a FeatureCollection of countries.
  @Test func basemapGeoJSONIsTheBundledLand() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/v1/basemap.geojson", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/geo+json")
      let object = try ServerFixture.object(response)
      #expect(object["type"] as? String == "FeatureCollection")
      let features = (object["features"] as? [[String: Any]]) ?? []
      let codes = Set(features.compactMap { ($0["properties"] as? [String: Any])?["iso_a3"] as? String })
      #expect(codes.isSuperset(of: ["CHN", "KAZ", "DEU"]), "\(codes.count) countries")
    }
  }

  @Test func healthNamesTheVersions() async throws {
    try await ServerFixture.withLiveServer { client in
      let response = try await client.execute(uri: "/healthz", method: .get)
      #expect(response.status == .ok)
      let object = try ServerFixture.object(response)
      #expect(object["status"] as? String == "ok")
      #expect(object["apiVersion"] as? String == APIVersion.current)
      #expect(object["dataVersion"] as? String == (try ServerFixture.service.get().dataVersion))
    }
  }

  @Test func manyConcurrentRequestsOnOneServer() async throws {
    try await ServerFixture.withLiveServer { client in
      // The live client has one connection; requests queue on it but the server answers each.
      for destination in ["Almaty", "Moscow", "Hamburg", "Tashkent"] {
        let body = #"{"from": "Jiaozhou", "to": "\#(destination)"}"#
        let response = try await client.execute(
          uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body)
        )
        #expect(response.status == .ok, "\(destination)")
      }
    }
  }
}
