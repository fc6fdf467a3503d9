import Dispatch
import Foundation
import SilkRoute

extension BookingService {
  /// Batch rows answered so far by this service and its copies (each row counts once it is
  /// computed: with a route or with its error). A front-end's cancelled batch stops adding to it.
  public var batchRowsAnswered: Int { matrixStatistics.batchRowsAnswered.load(ordering: .relaxed) }

  /// Answers every row of `source` on `workers` threads (default: every core), handing each
  /// result to `result` in input order, as soon as it and every row before it are done — one at a
  /// time, from whichever worker completed the run of rows, so `result` needs no lock of its own.
  /// Rows are read as they are needed, at most `window` ahead of the next row handed over, so the
  /// batch's memory does not grow with its length. Each row is answered exactly as
  /// ``answer(_:budget:)`` answers its request alone; a row that cannot be read, or whose
  /// request has no answer, carries its error, and the batch goes on.
  ///
  /// - Parameters:
  ///   - limits: what each row may spend (nil: no time limit, the default label limit).
  ///   - timeLimit: what the whole batch may take: a row running then is stopped, and rows
  ///     started later carry `.budgetExceeded` (nil: no limit).
  ///   - cancellation: when raised, no further row starts or is handed over, and running
  ///     searches stop; the outcome says so.
  /// - Throws: the source's read error (the rows before it were handed over).
  public func answer<Source: BatchSource>(
    batch source: Source, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 256,
    limits: SearchLimits? = nil, timeLimit: Duration? = nil, cancellation: SearchCancellation? = nil,
    result: (BatchResult) -> Void
  ) throws -> BatchOutcome {
    let reading = BatchReading(source)
    let order = BatchOrder(window: window)
    let stop = cancellation ?? SearchCancellation()
    let started = ContinuousClock.now
    let service = self
    withoutActuallyEscaping(result) { result in
      let emit = UncheckedSendable(result)
      DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
        while !stop.isCancelled, let (index, row) = reading.take().map({ ($0.index, $0.row) }) {
          guard order.waitForTurn(index, unless: stop) else { return }
          let answered = service.answer(
            row(), limits: limits, timeLimit: timeLimit, started: started,
            cancellation: cancellation)
          service.matrixStatistics.batchRowsAnswered.add(1, ordering: .relaxed)
          if case .failure(.routing(.cancelled)) = answered.result { return }
          order.deliver(answered, to: emit.value)
        }
      }
    }
    if let error = reading.error { throw error }
    let (handed, failed) = order.counts
    return BatchOutcome(rows: handed, failed: failed, cancelled: stop.isCancelled)
  }

  /// One row's result: its request read, then answered under its share of the batch's budget.
  private func answer(
    _ entry: BatchEntry, limits: SearchLimits?, timeLimit: Duration?, started: ContinuousClock.Instant,
    cancellation: SearchCancellation?
  ) -> BatchResult {
    var result = BatchResult(
      index: entry.index, line: entry.line, id: entry.id, request: nil, result: .failure(.routing(.cancelled))
    )
    let request: RouteRequest
    switch entry.request {
    case .failure(let error):
      result.result = .failure(.unreadable(error))
      return result
    case .success(let read):
      request = read
      result.request = read
    }
    let plan: PlanRequest
    do throws(RequestError) {
      plan = try request.plan()
    } catch {
      result.result = .failure(.request(error))
      return result
    }
    let budget = Self.cellBudget(
      limits: limits, timeLimit: timeLimit, started: started, cancellation: cancellation)
    if let overrun = budget.overrun {
      result.result = .failure(.routing(overrun))
      return result
    }
    do throws(RoutingError) {
      result.result = .success(try answer(plan, budget: budget.budget))
    } catch {
      result.result = .failure(.routing(error))
    }
    return result
  }
}

/// A value handed to the batch's workers that only one of them uses at a time (the result
/// callback, called under ``BatchOrder``'s lock).
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
