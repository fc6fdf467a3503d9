import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// A response is stamped: API version, data version, the dataset's as-of date and the span of
/// tariff dates of every service any of its routes uses.
@Suite struct RouteResponseTests {
  @Test func stampsTheTariffDatesOfEveryRouteItHolds() throws {
    let service = try BundledService.shared.get()
    let network = service.network
    var request = RouteRequest(from: "Jiaozhou", to: "Almaty")
    request.alternatives = 4
    let routes = try #require(try service.answer(request).alternatives)
    let response = RouteResponse(dataVersion: "v", network: network, alternatives: routes)
    let tariffDates = Dictionary(uniqueKeysWithValues: network.data.services.map { ($0.id, $0.tariffDate) })
    let dates = routes.flatMap(\.itinerary.legs).compactMap { tariffDates[$0.service] }.filter { !$0.isEmpty }
      .sorted()
    #expect(!dates.isEmpty)
    let stamped = try #require(response.tariffDates)
    #expect(stamped.earliest == dates.first && stamped.latest == dates.last)
    #expect(response.apiVersion == APIVersion.current && response.dataVersion == "v")
    #expect(response.dataAsOf == network.data.edition?.asOf)
    #expect(response.itinerary == nil && response.paretoFront == nil)
  }

  @Test func warningsOnlyWhenThereAreSome() throws {
    let network = try BundledService.shared.get().network
    #expect(RouteResponse(dataVersion: "v", network: network).warnings == nil)
    let warning = RequestWarning(field: "incoterm", message: "ignored")
    #expect(RouteResponse(dataVersion: "v", network: network, warnings: [warning]).warnings == [warning])
    #expect(RouteResponse(dataVersion: "v", network: network).tariffDates == nil)
  }
}
