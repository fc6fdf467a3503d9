import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// What `GET /v1/cities` and `silkroute cities --format json` list: every city but transit
/// points, in data order, with its terminals.
@Suite struct CityListingTests {
  @Test func everyCityButTransitPointsWithItsTerminals() throws {
    let network = try BundledService.shared.get().network
    let data = network.data
    let listings = CityListing.all(in: network)
    #expect(listings.map(\.id) == data.cities.filter { $0.status != .transit }.map(\.id))
    #expect(!listings.contains { $0.status == "transit" })
    #expect(listings.count > 40)
    let byCity = Dictionary(grouping: data.terminals, by: \.city)
    for listing in listings {
      #expect(Set(listing.terminals.map(\.id)) == Set((byCity[listing.id] ?? []).map(\.id)), "\(listing.id)")
      for terminal in listing.terminals {
        if terminal.mode != .rail { #expect(terminal.gaugeMm == nil, "\(terminal.id)") }
      }
    }
    let qingdao = try #require(listings.first { $0.locode == "CNTAO" })
    #expect(qingdao.country == "CN" && qingdao.terminals.contains { $0.mode == .sea })
    #expect(listings.allSatisfy { $0.locode != "" })
  }
}
