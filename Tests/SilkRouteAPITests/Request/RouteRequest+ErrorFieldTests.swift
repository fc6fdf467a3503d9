import SilkRoute
import Testing

@testable import SilkRouteAPI

/// A routing error points at the request field to blame, by its JSON path with the index.
@Suite struct RouteRequestErrorFieldTests {
  let request: RouteRequest = {
    var request = RouteRequest(from: "Jiaozhu", to: "Hamburg")
    request.constraints = .init(
      avoidCountries: ["RU", "Narnia"], avoidCarriers: ["rzd"], via: ["Almaty", "Atlantis"])
    request.disruptions = .init(close: ["Khorgos"], delays: [.init(target: "Suez", delayMinutes: 60)])
    return request
  }()

  @Test func unknownCitiesPointAtTheirField() {
    #expect(RouteRequest.field(of: .unknownCity("Jiaozhu", suggestions: []), in: request) == "from")
    #expect(RouteRequest.field(of: .ambiguousCity("Hamburg", candidates: []), in: request) == "to")
    #expect(
      RouteRequest.field(of: .unknownCity("Atlantis", suggestions: []), in: request) == "constraints.via[1]")
    #expect(RouteRequest.field(of: .unknownCity("Elsewhere", suggestions: []), in: request) == nil)
  }

  @Test func unknownNamesPointAtTheirListAndIndex() {
    func field(_ name: String, _ kind: NameKind) -> String? {
      RouteRequest.field(of: .unknownName(name, kind: kind, suggestions: []), in: request)
    }
    #expect(field("Narnia", .country) == "constraints.avoidCountries[1]")
    #expect(field("rzd", .carrier) == "constraints.avoidCarriers[0]")
    #expect(field("Khorgos", .place) == "disruptions.close[0]")
    #expect(field("Suez", .place) == "disruptions.delays[0].target")
    #expect(field("Suez", .crossing) == nil)
    #expect(field("Almaty", .city) == nil)
  }

  /// Errors about a parameter name its field; errors about the search name none.
  @Test func parameterErrorsNameTheirFieldAndSearchErrorsNone() {
    #expect(RouteRequest.field(of: .invalidQuery(.maxLegs, "too few"), in: request) == "constraints.maxLegs")
    #expect(RouteRequest.field(of: .sameOriginAndDestination("Hamburg"), in: request) == "to")
    #expect(RouteRequest.field(of: .cancelled, in: request) == nil)
  }
}
