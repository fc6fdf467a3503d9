import Foundation
import SilkRoute
import SilkRouteSynthetic
import SilkRouteTestSupport
import Synchronization
import Testing

@testable import SilkRouteAPI

/// Every cell of a matrix is the answer of its one request, asked alone: the same bytes, or the
/// same error — on the bundled network and on seeded random networks.
@Suite struct BookingServiceMatrixTests {
  /// Every cell handed over, collected from the workers.
  static func cells(
    _ service: BookingService, _ matrix: RouteMatrix, timeLimit: Duration? = nil
  ) throws -> (cells: [MatrixCell], outcome: MatrixOutcome) {
    let plan = try service.plan(matrix)
    let collected = Mutex<[MatrixCell]>([])
    let outcome = service.answer(plan, timeLimit: timeLimit) { cell in collected.withLock { $0.append(cell) }
    }
    return (collected.withLock { $0 }.sorted { $0.index < $1.index }, outcome)
  }

  /// Each cell against `service.answer` of the same request with the cities named as a user
  /// names them; every pair once. Returns the failures' descriptions.
  static func mismatches(_ service: BookingService, _ matrix: RouteMatrix) throws -> [String] {
    let (cells, outcome) = try cells(service, matrix)
    let plan = try service.plan(matrix)
    var problems: [String] = []
    if cells.map(\.index) != Array(0..<plan.cellCount) {
      problems.append("cells \(cells.count) of \(plan.cellCount)")
    }
    if outcome.cells != plan.cellCount || outcome.cancelled { problems.append("outcome \(outcome)") }
    for cell in cells {
      var alone = matrix.request
      alone.from = cell.origin.name
      alone.to = cell.destination.name
      let expected = Result { try APIJSON.encode(try service.answer(alone)) }
      let got = cell.result.map { try? APIJSON.encode($0) }
      switch (expected, got) {
      case (.success(let a), .success(let b)) where a == b: continue
      case (.failure(let a as RoutingError), .failure(let b)) where a == b: continue
      default: problems.append("\(cell.origin.name) → \(cell.destination.name): \(expected) ≠ \(got)")
      }
    }
    return problems
  }

  @Test func bundledCheapestMatrixEqualsOneByOne() throws {
    let service = try BundledService.shared.get()
    let problems = try Self.mismatches(
      service, RouteMatrix(origins: .all, destinations: .all, request: RouteRequest(from: "", to: "")))
    #expect(problems.isEmpty, "\(problems.prefix(5))")
  }

  @Test(arguments: [
    RouteRequest(from: "", to: "", objective: "fastest", pareto: ["cost", "time"]),
    RouteRequest(
      from: "", to: "", objective: "greenest", depart: "2026-12-01T08:00Z",
      constraints: RouteRequest.ConstraintSpec(avoidCountries: ["RU"], maxTransfers: 2)),
    RouteRequest(
      from: "", to: "", alternatives: 3, disruptions: RouteRequest.DisruptionSpec(close: ["Suez"])),
  ])
  func bundledMatricesOfEveryModeEqualOneByOne(request: RouteRequest) throws {
    let service = try BundledService.shared.get()
    let matrix = RouteMatrix(
      origins: .cities(["Jiaozhou", "Moscow", "Almaty", "Hamburg"]), destinations: .all, request: request)
    let problems = try Self.mismatches(service, matrix)
    #expect(problems.isEmpty, "\(request): \(problems.prefix(5))")
  }

  /// Seeded random synthetic networks (10 to 30 terminals), random objective, mode and
  /// constraints, every cell of the all-by-all matrix.
  @Test func randomNetworkMatricesEqualOneByOne() throws {
    for seed: UInt64 in 1...12 {
      var rng = SplitMix64(seed: seed)
      let parameters = try SyntheticNetwork.Parameters(
        terminals: Int.random(in: 10...30, using: &rng), seed: seed, servicesPerTerminal: 3)
      let service = BookingService(
        network: try TransportNetwork(SyntheticNetwork.generate(parameters)), dataVersion: "seed-\(seed)")
      var request = RouteRequest(from: "", to: "")
      request.objective = ["cheapest", "fastest", "greenest"].randomElement(using: &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: request.pareto = ["cost", "time"]
      case 1: request.constraints = RouteRequest.ConstraintSpec(avoidModes: ["air"], maxLegs: 4)
      case 2: request.alternatives = 2
      default: request.depart = "2026-12-01T08:00Z"
      }
      let problems = try Self.mismatches(
        service, RouteMatrix(origins: .all, destinations: .all, request: request))
      #expect(problems.isEmpty, "seed \(seed), \(request): \(problems.prefix(3))")
    }
  }

  @Test func aCellWithoutAnAnswerCarriesItsErrorAndTheOthersGoOn() throws {
    let service = try BundledService.shared.get()
    // Moscow is in the country to avoid: its cells fail, the others are answered.
    let request = RouteRequest(
      from: "", to: "", constraints: RouteRequest.ConstraintSpec(avoidCountries: ["RU"]))
    let (cells, outcome) = try Self.cells(
      service, RouteMatrix(origins: .cities(["Jiaozhou", "Moscow"]), destinations: .all, request: request))
    let failed = cells.filter { if case .failure = $0.result { true } else { false } }
    #expect(outcome.failed == failed.count && failed.contains { $0.origin.id == "moscow" })
    #expect(cells.contains { $0.origin.id == "jiaozhou" && (try? $0.result.get()) != nil })
  }

  @Test func anUnknownCityIsNamedWithTheClosest() throws {
    let service = try BundledService.shared.get()
    let matrix = RouteMatrix(
      origins: .cities(["Jiaozhou", "Almati"]), destinations: .all, request: RouteRequest(from: "", to: ""))
    #expect {
      _ = try service.plan(matrix)
    } throws: { error in
      guard case .unknownCity(let name, let suggestions) = error as? RoutingError else { return false }
      return name == "Almati" && suggestions.first == "Almaty"
    }
    do {
      _ = try service.plan(matrix)
    } catch let error as RoutingError {
      #expect(matrix.field(of: error) == "from[1]")
    }
  }

  @Test func namesEveryCellSharesAndEmptyListsAreRefusedBeforeAnyCell() throws {
    let service = try BundledService.shared.get()
    let unknownCountry = RouteMatrix(
      origins: .all, destinations: .all,
      request: RouteRequest(
        from: "", to: "", constraints: RouteRequest.ConstraintSpec(avoidCountries: ["XX"])))
    #expect(throws: RoutingError.self) { try service.plan(unknownCountry) }
    let empty = RouteMatrix(origins: .all, destinations: .cities([]), request: RouteRequest(from: "", to: ""))
    #expect(throws: RequestError(field: "to", message: "give at least one city, or \"all\"")) {
      try service.plan(empty)
    }
    let badObjective = RouteMatrix(
      origins: .all, destinations: .all, request: RouteRequest(from: "", to: "", objective: "x"))
    #expect(throws: RequestError.self) { try service.plan(badObjective) }
  }

  @Test func cancellingStopsTheMatrix() throws {
    let service = BookingService(network: try BundledService.shared.get().network, dataVersion: "cancel")
    let plan = try service.plan(
      RouteMatrix(
        origins: .all, destinations: .all, request: RouteRequest(from: "", to: "", pareto: ["cost", "time"])))
    let cancellation = SearchCancellation()
    let seen = Atomic<Int>(0)
    let outcome = service.answer(plan, cancellation: cancellation) { _ in
      if seen.add(1, ordering: .relaxed).newValue == 5 { cancellation.cancel() }
    }
    #expect(outcome.cancelled && outcome.cells < 20, "\(outcome)")
    #expect(service.matrixCellsAnswered < 20)
  }

  @Test func cellsPastTheMatrixTimeLimitCarryBudgetExceeded() throws {
    let service = try BundledService.shared.get()
    let (cells, outcome) = try Self.cells(
      service, RouteMatrix(origins: .all, destinations: .all, request: RouteRequest(from: "", to: "")),
      timeLimit: .nanoseconds(1))
    #expect(outcome.cells == cells.count && outcome.failed == cells.count && !cells.isEmpty)
    for cell in cells.prefix(3) {
      guard case .failure(.budgetExceeded) = cell.result else {
        Issue.record("\(cell.origin.name) → \(cell.destination.name): \(cell.result)")
        continue
      }
    }
  }
}
