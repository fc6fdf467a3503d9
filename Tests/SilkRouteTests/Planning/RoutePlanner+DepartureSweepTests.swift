import Testing

@testable import SilkRoute

/// `RoutePlanner.departureSweep`: each departure's row is exactly the single query's answer.
@Suite struct RoutePlannerDepartureSweepTests {
  static func day(_ text: String) -> Int32 {
    Int32((Instant(iso8601: text)?.minutesSinceEpoch ?? 0) / 1440)
  }

  /// On 300 seeded random timetabled networks whose services, transfers and crossings are valid
  /// on random dates (so that the days of one window see different arcs), with random queries
  /// (constrained on every third seed, documents on odd seeds) and random windows: every row
  /// equals `route(_:)` for the query departing then — the same itinerary, or the same error.
  @Test func everyRowIsTheSingleDepartureAnswer() throws {
    let base = Self.day("2024-07-15")
    func date(_ day: Int32) -> String {
      String(Instant(minutesSinceEpoch: Int64(day) * 1440).iso8601.prefix(10))
    }
    var (rowsChecked, routes, failures) = (0, 0, 0)
    for seed in UInt64(0)..<300 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      RandomNetwork.addTimetables(to: &data, seed: seed)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      var rng = SplitMix64(seed: seed ^ 0x5EE9)
      func randomValidity() -> Validity {
        guard Int.random(in: 0..<3, using: &rng) == 0 else {
          return Validity(validFrom: "2000-01-01", sources: ["s"])
        }
        let from = base + Int32.random(in: -10...10, using: &rng)
        var validity = Validity(validFrom: date(from), sources: ["s"])
        if Bool.random(using: &rng) {
          validity.validUntil = date(from + Int32.random(in: 0...12, using: &rng))
        }
        return validity
      }
      for index in data.services.indices { data.services[index].validity = randomValidity() }
      for index in data.transfers.indices { data.transfers[index].validity = randomValidity() }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: false)
      let every = Minutes([97, 360, 1440, 4320][Int.random(in: 0..<4, using: &rng)])
      let first =
        Int64(base + Int32.random(in: -12...8, using: &rng)) * 1440 + Int64.random(in: 0..<1440, using: &rng)
      let departures = (0..<Int64.random(in: 1...12, using: &rng)).map {
        Instant(minutesSinceEpoch: first + $0 * every.rawValue)
      }
      let context = "seed \(seed) query \(query) departures from \(departures[0]) every \(every)"
      let rows: [SweptDeparture]
      do {
        rows = try planner.departureSweep(query, departures: departures)
      } catch {
        // Only an error of the whole query (a name, the same city twice): the first departure's.
        var single = query
        single.departure = departures[0]
        #expect(throws: error, "\(context)") { try planner.route(single) }
        continue
      }
      #expect(rows.map(\.departure) == departures, "\(context)")
      for row in rows {
        var single = query
        single.departure = row.departure
        let expected = Result { () throws(RoutingError) -> Itinerary in try planner.route(single) }
        switch (row.outcome, expected) {
        case (.success(let swept), .success(let alone)):
          #expect(swept == alone, "\(context) at \(row.departure)")
          routes += 1
        case (.failure(let swept), .failure(let alone)):
          #expect(swept == alone, "\(context) at \(row.departure)")
          failures += 1
        default:
          Issue.record("\(context) at \(row.departure): sweep \(row.outcome), single \(expected)")
        }
        rowsChecked += 1
      }
    }
    #expect(routes > 300 && failures > 20, "too few cases: \(routes) routes, \(failures) failures")
    print("departure sweep: \(rowsChecked) rows checked (\(routes) routes, \(failures) without)")
  }

  /// A window steps from its start, includes its end when a step lands on it, and refuses an
  /// end not after the start, a step that is not positive and more than 366 departures.
  @Test func windowDepartures() throws {
    let start = try #require(Instant(iso8601: "2026-12-01"))
    let end = try #require(Instant(iso8601: "2026-12-14"))
    let daily = try #require(DepartureWindow(from: start, to: end, every: .days(1)))
    #expect(daily.departures.count == 14)
    #expect(daily.departures.first == start && daily.departures.last == end)
    let threeDays = try #require(DepartureWindow(from: start, to: end, every: .days(3)))
    #expect(threeDays.departures.count == 5)
    #expect(DepartureWindow(from: end, to: start, every: .days(1)) == nil)
    #expect(DepartureWindow(from: start, to: start, every: .days(1)) == nil)
    #expect(DepartureWindow(from: start, to: end, every: .zero) == nil)
    #expect(DepartureWindow(from: start, to: start + .days(365), every: .days(1))?.departures.count == 366)
    #expect(DepartureWindow(from: start, to: start + .days(366), every: .days(1)) == nil)
  }
}
