import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// The container offer for loose cargo through the service, on the bundled network.
@Suite struct BookingServiceContainerOfferTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  static func loose(_ kilograms: Int64, _ from: String = "Jiaozhou", _ to: String = "Almaty") -> RouteRequest
  {
    RouteRequest(from: from, to: to, cargo: .init(unit: "kg", count: kilograms))
  }

  /// 30 t of loose cargo (issue 19): the offer costs the least of every mix's route for the same
  /// request, it is cheaper than the loose route, and the quote's currency covers its route.
  @Test func offerIsTheCheapestMixAnswer() throws {
    var request = Self.loose(30_000)
    request.currency = "EUR"
    let response = try service.answer(request)
    let offer = try #require(response.containerOffer)
    let loose = try #require(response.itinerary)
    let plan = try request.plan()
    var cheapest: Cents?
    for mix in plan.query.cargo.containerMixes {
      var query = plan.query
      query.cargo = mix
      if let cost = try? service.planner.route(query).totals.costCents {
        cheapest = min(cheapest ?? cost, cost)
      }
    }
    #expect(offer.itinerary.totals.costCents == cheapest)
    #expect(offer.mixesCompared == Cargo.kilograms(30_000).containerOfferMixes.count)
    #expect(offer.looseCostCents == loose.totals.costCents)
    #expect(
      offer.cheaper == .containers,
      "30 t loose costs \(loose.totals.costCents), containers \(offer.itinerary.totals.costCents)")
    let currency = try #require(response.quote?.currency)
    #expect(currency.totals.count == 2)
  }

  /// Off by request, for container cargo, and for fronts, alternatives and sweeps: no offer.
  @Test func noOfferWhenOffOrNotOneRoute() throws {
    var off = Self.loose(30_000)
    off.containerOffer = false
    #expect(try service.answer(off).containerOffer == nil)
    var on = Self.loose(30_000)
    on.containerOffer = true
    #expect(try service.answer(on).containerOffer != nil)
    #expect(try service.quoteKey(for: on.plan()).id == service.quoteKey(for: Self.loose(30_000).plan()).id)
    #expect(try service.answer(RouteRequest(from: "Jiaozhou", to: "Almaty")).containerOffer == nil)
    var front = Self.loose(30_000)
    front.pareto = ["cost", "time"]
    #expect(try service.answer(front).containerOffer == nil)
  }

  /// With `arriveBy`, the offer is the containers' latest departure that arrives in time.
  @Test func offerWithArriveByDepartsAsLateAsTheMixAllows() throws {
    var request = Self.loose(30_000)
    request.arriveBy = "2026-12-20T00:00Z"
    let response = try service.answer(request)
    let offer = try #require(response.containerOffer)
    let arrival = try #require(offer.itinerary.arrival)
    #expect(arrival.iso8601 <= "2026-12-20T00:00Z")
    var query = try request.plan().query
    query.cargo = offer.containers
    let deadline = try #require(Instant(iso8601: "2026-12-20T00:00Z"))
    let alone = try service.planner.latestDeparture(query, arriveBy: deadline)
    #expect(offer.itinerary.departure == alone.departure)
  }
}
