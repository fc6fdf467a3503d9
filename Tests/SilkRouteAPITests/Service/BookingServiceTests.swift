import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// The planner shared by many tasks answers exactly as it does alone, and every answer is stamped.
@Suite struct BookingServiceTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  /// A seeded pool of queries over random city pairs, objectives and cargo.
  func queries(count: Int, seed: UInt64) -> [RouteRequest] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let cities = service.network.data.cities.map(\.id)
    let objectives = ["cheapest", "fastest", "greenest"]
    let cargo: [RouteRequest.CargoSpec] = [
      .init(unit: "FEU", count: 1), .init(unit: "TEU", count: 2), .init(unit: "kg", count: 800),
    ]
    return (0..<count).map { _ in
      let from = cities[next(cities.count)]
      var to = cities[next(cities.count)]
      if to == from { to = from == "jiaozhou" ? "hamburg" : "jiaozhou" }
      return RouteRequest(from: from, to: to, cargo: cargo[next(cargo.count)], objective: objectives[next(3)])
    }
  }

  /// What is compared: the route's totals and services, or the error's text.
  func outcome(_ request: RouteRequest) -> String {
    do {
      let response = try service.answer(request)
      guard let itinerary = response.itinerary else { return "no itinerary" }
      return
        "\(itinerary.routeTotals) \(itinerary.legs.map(\.service)) \(itinerary.documentPlan?.kind.rawValue ?? "")"
    } catch {
      return "error: \(error)"
    }
  }

  @Test func eightTasksAnswerLikeOne() async throws {
    let pool = queries(count: 1000, seed: 7)
    let sequential = pool.map(outcome)
    #expect(Set(sequential).count > 50, "the pool must be varied")
    let service = self
    let results = await withTaskGroup(of: (Int, [String]).self) { group in
      for task in 0..<8 {
        group.addTask {
          // Each task runs the whole pool in its own order: 8 × 1,000 queries at once.
          let order = (0..<pool.count).map { ($0 + task * 53) % pool.count }
          var answers = [String](repeating: "", count: pool.count)
          for index in order {
            answers[index] = service.outcome(pool[index])
            // Queries are synchronous: yield so that other tests' tasks on the cooperative pool
            // (two threads here) are not starved while eight of these run.
            await Task.yield()
          }
          return (task, answers)
        }
      }
      var all: [(Int, [String])] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 8)
    for (task, answers) in results {
      let differing = answers.indices.filter { answers[$0] != sequential[$0] }
      #expect(
        differing.isEmpty, "task \(task): \(differing.count) answers differ, first \(differing.prefix(3))")
    }
  }

  @Test func answersAreVersionedAndStamped() throws {
    let response = try service.answer(RouteRequest(from: "Jiaozhou", to: "Hamburg"))
    #expect(response.apiVersion == APIVersion.current)
    #expect(response.dataVersion.count == 16)
    let dates = try #require(response.tariffDates)
    #expect(dates.earliest <= dates.latest && dates.earliest.count == 10)
    // The JSON contract round-trips.
    let json = try APIJSON.encode(response)
    #expect(try JSONDecoder().decode(RouteResponse.self, from: json) == response)
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    #expect(object["apiVersion"] as? String == "1")
  }

  @Test func paretoAndAlternativesAnswerInTheirFields() throws {
    var pareto = RouteRequest(from: "Jiaozhou", to: "Almaty")
    pareto.pareto = ["cost", "time"]
    let front = try service.answer(pareto)
    #expect(
      front.itinerary == nil && (front.paretoFront?.count ?? 0) >= 2
        && front.paretoCriteria == [.cost, .time])
    var alternatives = RouteRequest(from: "Jiaozhou", to: "Almaty")
    alternatives.alternatives = 3
    #expect((try service.answer(alternatives).alternatives?.count ?? 0) >= 2)
  }
}
