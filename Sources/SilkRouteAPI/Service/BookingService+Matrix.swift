import Dispatch
import Foundation
import SilkRoute

extension BookingService {
  /// Matrix cells answered so far by this service and its copies (each cell counts once it is
  /// computed: with a route or with its error). A front-end's cancelled matrix stops adding to it.
  public var matrixCellsAnswered: Int { matrixStatistics.cellsAnswered.load(ordering: .relaxed) }

  /// The matrix checked: its cities resolved (duplicates dropped, in the order asked) and its
  /// request checked once, as every cell will ask it.
  ///
  /// - Throws: `RequestError` for a bad field (an empty list: `from` or `to`);
  ///   `RoutingError` for a name the network does not know or that is ambiguous — a city of
  ///   either list (see ``RouteMatrix/field(of:)``) or a name of the request's constraints or
  ///   disruptions, which every cell would share.
  public func plan(_ matrix: RouteMatrix) throws -> MatrixPlan {
    let origins = try cities(matrix.origins, field: "from")
    let destinations = try cities(matrix.destinations, field: "to")
    var names: [CityID: String] = [:]
    for city in origins + destinations where names[city] == nil { names[city] = requestName(of: city) }
    var plan = MatrixPlan(
      origins: origins, destinations: destinations, request: matrix.request, requestNames: names)
    // The request's own fields, checked once for every cell.
    // The first cell (or, when every cell is skipped, the first cities) stands for every cell.
    guard let origin = origins.first, let destination = destinations.first else { return plan }
    let pair = plan.cellCount > 0 ? plan.pair(at: 0) : MatrixPair(origin: origin, destination: destination)
    let probe = try plan.request(for: pair).plan()
    if case .departureSweep = probe.mode {
      throw RequestError(
        field: "departWindow", message: "a matrix answers one departure per pair, not a sweep")
    }
    plan.warnings = probe.warnings
    plan.quoteTemplate = QuoteKeyTemplate(key: quoteKey(for: probe))
    // Names every cell shares (via cities, countries, carriers, crossings, places).
    do {
      _ = try planner.prepare(probe.query)
    } catch .unknownCity(let name, let suggestions) {
      throw RoutingError.unknownCity(name, suggestions: suggestions)
    } catch .ambiguousCity(let name, let candidates) {
      throw RoutingError.ambiguousCity(name, candidates: candidates)
    } catch .unknownName(let name, let kind, let suggestions) {
      throw RoutingError.unknownName(name, kind: kind, suggestions: suggestions)
    } catch {
      // Errors of this one cell (same city, an avoided endpoint): its own line will say.
    }
    return plan
  }

  /// Answers every cell of `plan` on `workers` threads (default: every core), handing each to
  /// `cell` as it finishes — from the worker that computed it, so `cell` must be thread-safe.
  /// Cells start in the plan's order. Each cell is `answer(plan.request(for:), budget:)`: its
  /// request's answer or error, exactly as asked alone.
  ///
  /// - Parameters:
  ///   - limits: what each cell may spend (nil: no time limit, the default label limit).
  ///   - timeLimit: what the whole matrix may take: a cell running then is stopped, and cells
  ///     not started are handed over at once with `.budgetExceeded` (nil: no limit).
  ///   - cancellation: when raised, no further cell starts or is handed over, and running
  ///     searches stop; the outcome says so.
  public func answer(
    _ plan: MatrixPlan, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    limits: SearchLimits? = nil,
    timeLimit: Duration? = nil, cancellation: SearchCancellation? = nil,
    cell: @Sendable (MatrixCell) -> Void
  ) -> MatrixOutcome {
    let cursor = MatrixCursor()
    let count = plan.cellCount
    let started = ContinuousClock.now
    let service = self
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
      while true {
        let index = cursor.take()
        guard index < count, cancellation?.isCancelled != true else { return }
        let pair = plan.pair(at: index)
        let request = plan.request(for: pair)
        let budget = Self.cellBudget(
          limits: limits, timeLimit: timeLimit, started: started, cancellation: cancellation)
        let result: Result<RouteResponse, RoutingError>
        if let overrun = budget.overrun {
          result = .failure(overrun)
        } else {
          result = Result { () throws(RoutingError) in
            try service.answer(
              planned: request, budget: budget.budget,
              quoteID: plan.quoteTemplate?.id(
                from: service.network.city(pair.origin).id, to: service.network.city(pair.destination).id))
          }
        }
        service.matrixStatistics.cellsAnswered.add(1, ordering: .relaxed)
        if case .failure(.cancelled) = result { return }
        if case .failure = result { cursor.failed.add(1, ordering: .relaxed) }
        cursor.handed.add(1, ordering: .relaxed)
        cell(
          MatrixCell(
            index: index, origin: network.city(pair.origin), destination: network.city(pair.destination),
            request: request, result: result))
      }
    }
    return MatrixOutcome(
      cells: cursor.handed.load(ordering: .relaxed), failed: cursor.failed.load(ordering: .relaxed),
      cancelled: cancellation?.isCancelled == true)
  }

  /// One cell's (or batch row's) budget: its limits, cut to what is left of the run's time; or the
  /// error of a cell that starts after the matrix's time ran out.
  static func cellBudget(
    limits: SearchLimits?, timeLimit: Duration?, started: ContinuousClock.Instant,
    cancellation: SearchCancellation?
  ) -> (budget: SearchBudget?, overrun: RoutingError?) {
    guard let timeLimit else {
      guard limits != nil || cancellation != nil else { return (nil, nil) }
      return (SearchBudget(limits ?? SearchLimits(), cancellation: cancellation), nil)
    }
    let now = ContinuousClock.now
    let left = timeLimit - (now - started)
    guard left > .zero else { return (nil, .budgetExceeded(.time(limit: timeLimit, spent: now - started))) }
    var cellLimits = limits ?? SearchLimits()
    cellLimits.time = min(cellLimits.time ?? left, left)
    return (SearchBudget(cellLimits, cancellation: cancellation, started: now), nil)
  }

  /// A cell's answer: its request checked (as the plan's probe was) and answered.
  private func answer(planned request: RouteRequest, budget: SearchBudget?, quoteID: String?)
    throws(RoutingError)
    -> RouteResponse
  {
    let plan: PlanRequest
    do {
      plan = try request.plan()
    } catch {
      // The plan checked the request's fields once; only the cities change from cell to cell.
      throw .invalidQuery(.from, error.description)
    }
    return try answer(plan, budget: budget, wording: RequestField.jsonWording, quoteID: quoteID)
  }

  /// The cities a selection names, each once, in the order asked.
  private func cities(_ selection: CitySelection, field: String) throws -> [CityID] {
    switch selection {
    case .all:
      return (0..<network.cityCount).map(CityID.init)
    case .cities(let names):
      guard !names.isEmpty else {
        throw RequestError(field: field, message: "give at least one city, or \"all\"")
      }
      var seen = Set<CityID>()
      var cities: [CityID] = []
      for name in names {
        let city = try planner.resolver.city(named: name)
        if seen.insert(city).inserted { cities.append(city) }
      }
      return cities
    }
  }

  /// The string a cell's request names `city` by: its id when that names it alone (it always
  /// does on a well-formed network), else its name.
  private func requestName(of city: CityID) -> String {
    let record = network.city(city)
    return planner.resolver.matches(record.id) == [city] ? record.id : record.name
  }
}
