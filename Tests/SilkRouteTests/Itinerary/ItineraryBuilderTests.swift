import SilkRoute
import Testing

/// `ItineraryBuilder` through the planner, on the literal network of `LiteralNetwork`: each arc
/// of the path becomes its step (legs, transfers, border crossings) with references to the
/// records, and the totals are the sum of the steps.
@Suite struct ItineraryBuilderTests {
  let network: TransportNetwork

  init() throws { network = try TransportNetwork(LiteralNetwork.data()) }

  func route(_ query: RouteQuery) throws -> Itinerary { try RoutePlanner(network: network).route(query) }

  @Test func stepsFollowTheArcsAndReferToTheirRecords() throws {
    let itinerary = try route(RouteQuery(from: "qingdao", to: "almaty"))
    #expect(itinerary.origin.id == "qingdao" && itinerary.destination.id == "almaty")
    let kinds = itinerary.steps.map { step -> String in
      switch step {
      case .leg(let leg): "leg \(leg.service)"
      case .transfer(let transfer): "transfer \(transfer.transfer)"
      case .border(let border): "border \(border.name)"
      case .document(let document): "document \(document.regime.rawValue)"
      case .fee(let fee): "fee \(fee.operatorID)"
      }
    }
    #expect(kinds == ["leg s1", "transfer g1", "border Khorgos–Altynkol", "leg s2"])
    let legs = itinerary.legs
    #expect(legs.map(\.from.id) == ["qingdao-rail", "altynkol-rail"])
    #expect(legs.map(\.to.city.id) == ["khorgos", "almaty"])
    #expect(legs[0].carrierName == "China Railway Container" && legs[0].document == .smgs)
    #expect(itinerary.transfers.first?.to.gaugeMm == 1520)
    let border = try #require(itinerary.borders.first)
    #expect(border.kind == .land && border.fromTerritory == "cn" && border.toTerritory == "eaeu")
    #expect(
      border.at.id == "altynkol" && border.timeMinutes == Minutes(600) && border.costCents == Cents(30_000))
  }

  @Test func totalsAreTheSumOfTheSteps() throws {
    let itinerary = try route(RouteQuery(from: "qingdao", to: "almaty"))
    #expect(StepTotals.mismatches(itinerary).isEmpty, "\(StepTotals.mismatches(itinerary))")
    let totals = itinerary.totals
    #expect(totals.legs == 2 && totals.transfers == 1 && totals.borderCrossings == 1)
    #expect(totals.distanceKm == Kilometres(2_000) && totals.modes == [.rail])
    // One SMGS consignment note from Qingdao to Almaty: the operator contracts only s1.
    #expect(totals.documents == 1)
    #expect(itinerary.documentPlan?.documents.count == 1)
  }

  @Test func aTimedQueryTimesEveryLegFromItsDeparture() throws {
    // Sunday 2026-12-06 12:00 UTC: s1 next leaves Monday 00:00 UTC (08:00 at UTC+08:00).
    let ready = try #require(Instant(iso8601: "2026-12-06T12:00Z"))
    let itinerary = try route(RouteQuery(from: "qingdao", to: "almaty", departure: ready))
    let first = try #require(itinerary.legs.first)
    #expect(first.departsAt?.iso8601 == "2026-12-07T00:00Z")
    #expect(first.waitMinutes == Minutes(720))
    #expect(itinerary.arrival == itinerary.departure.map { $0 + itinerary.totals.timeMinutes })
  }
}
