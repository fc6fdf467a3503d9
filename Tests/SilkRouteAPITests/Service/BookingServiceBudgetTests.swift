import Dispatch
import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// On the bundled network, a budget stops a request that would run for minutes while it runs,
/// and leaves ordinary requests alone.
@Suite struct BookingServiceBudgetTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  /// Four criteria through Moscow and Almaty, five times over: 17 s of one core and 330 MB in a
  /// release build before budgets, minutes in a debug build.
  static let runaway = RouteRequest(
    from: "Jiaozhou", to: "Hamburg", pareto: ["cost", "time", "co2", "documents"],
    constraints: .init(via: Array(repeating: ["Moscow", "Almaty"], count: 5).flatMap { $0 }))

  @Test func aRunawayRequestStopsAtItsTimeLimit() throws {
    let started = ContinuousClock.now
    #expect {
      try service.answer(Self.runaway, budget: SearchBudget(SearchLimits(time: .milliseconds(300))))
    } throws: { error in
      guard case .budgetExceeded(.time(let limit, let spent)) = error as? RoutingError else { return false }
      return limit == .milliseconds(300) && spent >= limit && spent < .seconds(2)
    }
    #expect(ContinuousClock.now - started < .seconds(3))
  }

  /// Yen's enumeration of alternatives checks the budget too (it ran a second past it).
  @Test func runawayAlternativesStopAtTheTimeLimit() throws {
    var request = Self.runaway
    request.pareto = nil
    request.alternatives = 20
    let started = ContinuousClock.now
    #expect {
      try service.answer(request, budget: SearchBudget(SearchLimits(time: .milliseconds(500))))
    } throws: { error in
      // Unchecked, the enumeration ran more than a second past its deadline.
      guard case .budgetExceeded(.time(_, let spent)) = error as? RoutingError else { return false }
      return spent < .milliseconds(1500)
    }
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func aRunawayRequestStopsWhenCancelled() async throws {
    let cancellation = SearchCancellation()
    let started = ContinuousClock.now
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(200)) { cancellation.cancel() }
    #expect(throws: RoutingError.cancelled) {
      try service.answer(Self.runaway, budget: SearchBudget(SearchLimits(), cancellation: cancellation))
    }
    // Uncancelled, the runaway runs well past 10 s; cancelled at 0.2 s it stops within a few
    // seconds (3.6 s measured on the dated network in a debug build on two busy cores).
    #expect(ContinuousClock.now - started < .seconds(8))
  }

  @Test func theLabelLimitStopsItToo() throws {
    #expect(throws: RoutingError.searchTooLarge(labels: 20_000)) {
      try service.answer(Self.runaway, budget: SearchBudget(SearchLimits(labels: 20_000)))
    }
  }

  /// Twenty alternatives where two legs allow few routes: 160 rounds of penalties overflowed the
  /// search and crashed the process (found by the HTTP fuzz suite).
  @Test func manyAlternativesAmongFewRoutesDoNotOverflow() throws {
    let request = RouteRequest(
      from: "Minsk", to: "Malaszewicze", alternatives: 20, constraints: .init(maxLegs: 2))
    let answer = try service.answer(request)
    #expect((answer.alternatives?.count ?? 0) >= 1)
  }

  /// The heaviest ordinary requests (each mode, via points, a what-if) answer the same under a
  /// small budget as without one: the defaults of `silkroute serve` are far above them.
  @Test func ordinaryRequestsFitWellInsideASmallBudget() throws {
    let requests = [
      RouteRequest(from: "Jiaozhou", to: "Hamburg", pareto: ["cost", "time", "co2", "documents"]),
      RouteRequest(
        from: "Jiaozhou", to: "Hamburg", pareto: ["cost", "time", "co2", "documents"],
        constraints: .init(via: ["Almaty", "Moscow"])),
      RouteRequest(from: "Jiaozhou", to: "Hamburg", alternatives: 20),
      RouteRequest(from: "Jiaozhou", to: "Hamburg", arriveBy: "2026-12-20T00:00Z"),
      RouteRequest(
        from: "Jiaozhou", to: "Hamburg", depart: "2026-12-01T08:00Z",
        constraints: .init(maxLegs: 6, maxTransfers: 3, budgetUSD: "9000", singleBillOfLading: true),
        disruptions: .init(close: ["Suez"])),
    ]
    for request in requests {
      let budget = SearchBudget(SearchLimits(time: .seconds(60), labels: 250_000))
      let limited = Result { try service.answer(request, budget: budget) }.map(\.self)
      let free = Result { try service.answer(request) }
      #expect("\(limited)" == "\(free)", "\(request)")
    }
  }
}

/// A Pareto front its budget stops after it found routes is answered as far as it was proved.
@Suite struct BookingServicePartialFrontTests {
  @Test func aStoppedFrontIsAnsweredAsFarAsItWasProved() throws {
    let service = try BundledService.shared.get()
    let request = RouteRequest(from: "Jiaozhou", to: "Hamburg", pareto: ["cost", "time"])
    let exact = try service.answer(request)
    let exactFront = try #require(exact.paretoFront)
    #expect(exact.paretoIncomplete == nil)
    var partials = 0
    for labels in [100, 300, 1_000, 3_000] {
      let answer: RouteResponse
      do {
        answer = try service.answer(request, budget: SearchBudget(SearchLimits(labels: labels)))
      } catch {
        #expect(error as? RoutingError == .searchTooLarge(labels: labels), "\(labels): \(error)")
        continue
      }
      let front = try #require(answer.paretoFront)
      guard let incomplete = answer.paretoIncomplete else {
        #expect(front == exactFront, "\(labels): complete but not the exact front")
        continue
      }
      partials += 1
      #expect(incomplete.stoppedBy == "label-limit" && incomplete.criterion == .cost)
      #expect(incomplete.statement.hasPrefix("every Pareto-optimal route costing less than USD "))
      let exactCosts = exactFront.map(\.totals.costCents.rawValue)
      #expect(front.allSatisfy { exactFront.contains($0) }, "\(labels): a route is not in the exact front")
      let proved = exactFront.filter { $0.totals.costCents.rawValue < incomplete.provedBelow }
      #expect(proved.allSatisfy { front.contains($0) }, "\(labels): \(exactCosts) \(incomplete)")
    }
    #expect(partials >= 1)
  }
}
