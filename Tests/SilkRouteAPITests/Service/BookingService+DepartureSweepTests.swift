import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// `departWindow` through the service, on the bundled network.
@Suite struct BookingServiceDepartureSweepTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  /// What a single request answers: its route, or its error in the JSON wording.
  enum Single {
    case route(Itinerary)
    case failure(String)
  }

  func single(_ request: RouteRequest) -> Single {
    do {
      let response = try service.answer(request)
      guard let itinerary = response.itinerary else { return .failure("no itinerary") }
      return .route(itinerary)
    } catch let error as RoutingError {
      return .failure(error.message(RequestField.jsonWording))
    } catch {
      return .failure("\(error)")
    }
  }

  /// Seeded random pairs (timetabled ones among them), objectives, constraints and windows from
  /// 2021 to 2027 (across the dates services start and stop): every row is the answer to the
  /// same request with `depart` set to its departure; the best departures are those of the rows.
  @Test(arguments: [UInt64(19), 2026, 7_001])
  func everyRowIsTheSingleDepartAnswer(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    print("departure sweep seed \(seed)")
    let cities = service.network.data.cities.map(\.id)
    let timetabled = [
      ("jiaozhou", "moscow"), ("jiaozhou", "hamburg"), ("jiaozhou", "helsinki"), ("almaty", "dusseldorf"),
    ]
    var (routes, failures) = (0, 0)
    for round in 0..<12 {
      let (from, to) =
        round % 2 == 0
        ? timetabled[Int(rng.next() % UInt64(timetabled.count))]
        : (cities[Int(rng.next() % UInt64(cities.count))], cities[Int(rng.next() % UInt64(cities.count))])
      var request = RouteRequest(
        from: from, to: to, objective: ["cheapest", "fastest", "greenest"][Int(rng.next() % 3)])
      if rng.next() % 4 == 0 {
        request.constraints = .init(avoidModes: ["air"], maxDurationMinutes: 30 * 1440)
      }
      let startDay = Int64(rng.next() % (7 * 365))
      let start = Instant(
        minutesSinceEpoch: (Instant(iso8601: "2021-01-01")?.minutesSinceEpoch ?? 0) + startDay * 1440)
      let every: Int64 = [1440, 720, 4320, 420][Int(rng.next() % 4)]
      let count = 1 + Int64(rng.next() % 8)
      let end = start + Minutes(every * count)
      request.departWindow = .init(from: start.iso8601, to: end.iso8601, everyMinutes: every)
      let context =
        "seed \(seed) round \(round): \(from)→\(to) \(request.objective ?? "") window \(start.iso8601)/\(end.iso8601) every \(every)"
      let sweep: DepartureSweep
      do {
        sweep = try #require(try service.answer(request).departureSweep, "\(context)")
      } catch {
        // Only a request every departure shares can fail whole (the same city twice).
        #expect(from == to || error is RequestError, "\(context): \(error)")
        continue
      }
      #expect(sweep.rows.count == Int(count) + 1, "\(context)")
      for row in sweep.rows {
        var alone = request
        alone.departWindow = nil
        alone.depart = row.departure.iso8601
        switch (row.itinerary, single(alone)) {
        case (let swept?, .route(let expected)):
          #expect(swept == expected, "\(context) at \(row.departure)")
          #expect(
            row.costCents == swept.totals.costCents && row.timeMinutes == swept.totals.timeMinutes
              && row.co2Grams == swept.totals.co2Grams && row.arrival == swept.arrival, "\(context)")
          routes += 1
        case (nil, .failure(let message)):
          #expect(row.noRoute == message, "\(context) at \(row.departure)")
          failures += 1
        case (let swept, let expected):
          Issue.record(
            "\(context) at \(row.departure): sweep \(String(describing: swept)), single \(expected)")
        }
      }
      Self.checkBest(sweep, context: context)
    }
    #expect(routes > 10, "seed \(seed): only \(routes) routes (\(failures) without)")
  }

  /// The best departures, by brute force over the rows: the first departure with the least key.
  static func checkBest(_ sweep: DepartureSweep, context: String) {
    let routed = sweep.rows.filter { $0.itinerary != nil }
    func first(_ key: (DepartureSweep.Row) -> [Int64]) -> Instant? {
      let least = routed.map(key).min { $0.lexicographicallyPrecedes($1) }
      return routed.first { key($0) == least }?.departure
    }
    func totals(_ row: DepartureSweep.Row) -> (Int64, Int64, Int64) {
      (row.costCents?.rawValue ?? 0, row.timeMinutes?.rawValue ?? 0, row.co2Grams?.rawValue ?? 0)
    }
    #expect(
      sweep.best.cheapest
        == first {
          let t = totals($0)
          return [t.0, t.1, t.2]
        }, "\(context)")
    #expect(
      sweep.best.fastest
        == first {
          let t = totals($0)
          return [t.1, t.0, t.2]
        }, "\(context)")
    #expect(
      sweep.best.greenest
        == first {
          let t = totals($0)
          return [t.2, t.0, t.1]
        }, "\(context)")
    let primary: ((Int64, Int64, Int64)) -> [Int64] =
      switch sweep.objective {
      case .cheapest: { [$0.0, $0.1] }
      case .fastest: { [$0.1, $0.0] }
      case .greenest: { [$0.2, $0.0] }
      }
    #expect(
      sweep.best.earliestArrival
        == first { [($0.arrival?.minutesSinceEpoch ?? .max)] + primary(totals($0)) }, "\(context)")
    for row in sweep.rows {
      let marks = sweep.marks(of: row)
      #expect(marks.contains("cheapest") == (row.departure == sweep.best.cheapest), "\(context)")
    }
  }

  /// A departure without a route is a row saying why, not an error of the sweep: the rail line
  /// Moscow–Helsinki stopped carrying freight in March 2022, so a sweep over its last days and
  /// the days after, with air, sea and road avoided, has routes first and none after.
  @Test func departuresWithoutARouteAreRows() throws {
    var request = RouteRequest(from: "Moscow", to: "Helsinki")
    request.constraints = .init(avoidModes: ["sea", "road", "air"])
    request.departWindow = .init(from: "2022-02-20", to: "2022-04-20", everyMinutes: 7 * 1440)
    let sweep = try #require(try service.answer(request).departureSweep)
    #expect(sweep.rows.contains { $0.itinerary != nil })
    let without = sweep.rows.filter { $0.itinerary == nil }
    #expect(!without.isEmpty)
    #expect(without.allSatisfy { $0.noRoute?.hasPrefix("no route from Moscow to Helsinki") ?? false })
    #expect(sweep.best.cheapest.map { $0 < (without.first?.departure ?? $0) } ?? false)
  }

  /// A matrix answers one departure per pair: a window is refused before any cell.
  @Test func matrixRefusesAWindow() throws {
    var request = RouteRequest(from: "", to: "")
    request.departWindow = .init(from: "2026-12-01", to: "2026-12-03")
    let matrix = RouteMatrix(
      origins: .cities(["Jiaozhou"]), destinations: .cities(["Moscow"]), request: request)
    #expect {
      try service.plan(matrix)
    } throws: { error in
      (error as? RequestError)?.field == "departWindow"
    }
  }
}
