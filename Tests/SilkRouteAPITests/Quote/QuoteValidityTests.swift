import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// A quote holds until the first of its tariffs, services, transfers or crossings stops.
@Suite struct QuoteValidityTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  /// Last valid day of everything the route uses, by name, straight from the records.
  func ends(of itinerary: Itinerary) -> [String: Int32] {
    let network = service.network
    var ends: [String: Int32] = [:]
    if let edition = network.records.edition, let day = Validity(validUntil: edition.periodEnd).days {
      ends["tariff period"] = day.upperBound
    }
    for leg in itinerary.legs {
      if let id = network.serviceID(leg.service), let days = network.service(id).validity.days {
        ends["service \(leg.service)"] = days.upperBound
      }
    }
    for transfer in itinerary.transfers {
      if let id = network.transferID(transfer.transfer), let days = network.transfer(id).validity.days {
        ends["transfer \(transfer.transfer)"] = days.upperBound
      }
    }
    for border in itinerary.borders {
      if let record = network.records.borderCrossings.first(where: { $0.name == border.name }),
        let days = record.validity.days
      {
        ends["crossing \(border.name)"] = days.upperBound
      }
    }
    return ends.filter { $0.value != .max }
  }

  func day(_ iso: String) -> Int32? { Validity(validFrom: iso).days?.lowerBound }

  /// On seeded random pairs and dates: the quote holds to the earliest end it names, which is
  /// no later than any end of what the route uses, and (dates within the tariff period) not
  /// before the network date: what the route uses was valid when it was planned.
  @Test func validUntilIsTheEarliestEndOfWhatTheRouteUses() throws {
    let seed: UInt64 = 19
    var random = SplitMix64(seed: seed)
    let cities = service.network.records.cities.map(\.id)
    let dates = ["2021-06-01", "2022-03-01", "2023-06-01", "2024-07-15"]
    var answered = 0
    var boundedByLeg = 0
    for _ in 0..<60 {
      let from = cities[Int(random.next() % UInt64(cities.count))]
      let to = cities[Int(random.next() % UInt64(cities.count))]
      guard from != to else { continue }
      var request = RouteRequest(from: from, to: to, asOf: dates[Int(random.next() % 4)])
      request.objective = ["cheapest", "fastest", "greenest"][Int(random.next() % 3)]
      guard let response = try? service.answer(request), let itinerary = response.itinerary else { continue }
      answered += 1
      let quote = try #require(response.quote, "seed \(seed) \(from)-\(to)")
      let ends = ends(of: itinerary)
      let until = try #require(quote.validUntil.flatMap(day), "seed \(seed) \(from)-\(to)")
      let by = try #require(quote.validUntilBy)
      #expect(
        ends[by] == until, "seed \(seed) \(from)-\(to): \(by) does not end on \(quote.validUntil ?? "")")
      #expect(ends.values.allSatisfy { until <= $0 }, "seed \(seed) \(from)-\(to): \(ends)")
      let network = try #require(response.networkDate.flatMap(day))
      #expect(until >= network, "seed \(seed) \(from)-\(to): expired before \(response.networkDate ?? "")")
      if by != "tariff period" { boundedByLeg += 1 }
    }
    #expect(
      answered >= 30 && boundedByLeg >= 1,
      "seed \(seed): \(answered) answers, \(boundedByLeg) bounded by a leg")
  }

  /// Asia-Europe by sea in mid-2023 went through Suez, whose services `Data/services.csv`
  /// suspends from 2023-12-15 (Red Sea diversions): the quote holds to the day before.
  @Test func aSuspensionEndsTheQuoteTheDayBefore() throws {
    var request = RouteRequest(from: "Qingdao", to: "Rotterdam", objective: "fastest", asOf: "2023-06-01")
    request.constraints = .init(avoidModes: ["rail", "road", "air"])
    let response = try service.answer(request)
    let quote = try #require(response.quote)
    let legs = try #require(response.itinerary?.legs.map(\.service))
    let suez = try #require(legs.first { $0.hasSuffix("-suez") || $0.hasSuffix("-suez-apl") })
    let record = try #require(service.network.serviceID(suez).map(service.network.service))
    let suspended = try #require(day(record.validity.suspendedSince))
    #expect(quote.validUntil.flatMap(day) == suspended - 1)
    #expect(quote.validUntilBy?.hasPrefix("service sea-qingdao-") == true)
  }

  /// Checked against the service's today: valid through its last day, expired the day after.
  @Test func aQuotePastItsLastDayIsMarkedExpired() throws {
    var service = self.service
    let request = RouteRequest(from: "Jiaozhou", to: "Almaty")
    let until = try #require(try service.answer(request).quote?.validUntil)
    let lastDay = try #require(day(until))
    service.today = { lastDay }
    let onTime = try #require(try service.answer(request).quote)
    #expect(onTime.expired == nil && onTime.checkedOn == nil)
    service.today = { lastDay + 1 }
    let late = try #require(try service.answer(request).quote)
    #expect(late.expired == true && late.checkedOn == QuoteValidity.isoDate(lastDay + 1))
    #expect(late.id == onTime.id && late.validUntil == until)
  }
}
