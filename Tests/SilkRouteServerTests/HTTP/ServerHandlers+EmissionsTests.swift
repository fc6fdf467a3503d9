import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteServer
import Testing

/// `POST /v1/routes` answers the route's emissions report beside its itinerary: WTW total = the
/// itinerary's CO2e, one hub per transfer, TTW known on the bundled network.
@Suite struct ServerHandlersEmissionsTests {
  @Test func routeAnswerCarriesTheEmissionsReport() async throws {
    try await ServerFixture.withLiveServer { client in
      let body =
        #"{"from": "Qingdao", "to": "Budapest", "cargo": {"unit": "TEU", "count": 1}, "objective": "greenest"}"#
      let response = try await client.execute(
        uri: "/v1/routes", method: .post, headers: ServerFixture.jsonHeaders, body: ServerFixture.body(body))
      #expect(response.status == .ok)
      let answer = try JSONDecoder().decode(RouteResponse.self, from: Data(response.body.readableBytesView))
      let itinerary = try #require(answer.itinerary)
      let emissions = try #require(answer.emissions)
      #expect(emissions.totals.wtwGrams == itinerary.totals.co2Grams)
      #expect(emissions.hubs.count == itinerary.totals.transfers && !emissions.hubs.isEmpty)
      #expect(emissions.totals.hubWtwGrams > .zero)
      let ttw = try #require(emissions.totals.ttwGrams)
      #expect(ttw < emissions.totals.wtwGrams)
    }
  }
}
