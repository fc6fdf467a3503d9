import Benchmark
import Foundation
import SilkRoute
import SilkRouteStore

/// A departure sweep (`RoutePlanner.departureSweep`, what `--depart-window` runs) beside one
/// timetabled query of the same pair: Jiaozhou→Moscow over the scheduled trains, 14 daily
/// departures from 2026-12-01 (target: the sweep within 14 single queries).
func sweepBenchmarks() {
  func planner() throws -> RoutePlanner {
    try BenchmarkCache.value("sweep-planner") {
      RoutePlanner(network: try TransportNetwork(DataFolder.load(BundledData.folder)))
    }
  }
  let start = Instant(iso8601: "2026-12-01T08:00Z")
  for objective in [Objective.cheapest, .fastest] {
    let query = RouteQuery(from: "Jiaozhou", to: "Moscow", objective: objective, departure: start)
    Benchmark("sweep one timetabled \(objective.rawValue) query Jiaozhou→Moscow") { benchmark in
      let planner = try planner()
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let itinerary = try planner.route(query)
        precondition(itinerary.arrival != nil)
        blackHole(itinerary)
      }
    }
    Benchmark("sweep baseline: 14 single queries, one a day, \(objective.rawValue) Jiaozhou→Moscow") {
      benchmark in
      let planner = try planner()
      let queries = (0..<14).map { day in
        var single = query
        single.departure = start.map { $0 + .days(Int64(day)) }
        return single
      }
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        for single in queries {
          let itinerary = try planner.route(single)
          precondition(itinerary.arrival != nil)
          blackHole(itinerary)
        }
      }
    }
    Benchmark("sweep 14 daily departures \(objective.rawValue) Jiaozhou→Moscow") { benchmark in
      let planner = try planner()
      let departures = (0..<14).compactMap { day in start.map { $0 + .days(Int64(day)) } }
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let rows = try planner.departureSweep(query, departures: departures)
        precondition(rows.count == 14 && rows.allSatisfy { (try? $0.outcome.get())?.arrival != nil })
        blackHole(rows)
      }
    }
  }
}
