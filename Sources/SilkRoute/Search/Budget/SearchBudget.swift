/// One answer's budget as it runs: its limits, when it started and its cancellation flag.
/// Searches call ``check()`` every few thousand steps (a clock read and a relaxed load: nothing
/// next to the steps themselves), so an answer stops within milliseconds of its deadline.
public struct SearchBudget: Sendable {
  public let limits: SearchLimits
  public let started: ContinuousClock.Instant
  public let cancellation: SearchCancellation?
  private let deadline: ContinuousClock.Instant?

  /// A budget whose clock starts at `started` (now unless given).
  public init(
    _ limits: SearchLimits, cancellation: SearchCancellation? = nil, started: ContinuousClock.Instant = .now
  ) {
    self.limits = limits
    self.started = started
    self.cancellation = cancellation
    deadline = limits.time.map { started + $0 }
  }

  /// The error the budget stops a search with, or nil while it lasts: cancelled, or past its time.
  public var exhausted: RoutingError? {
    if let cancellation, cancellation.isCancelled { return .cancelled }
    if let deadline, let limit = limits.time {
      let now = ContinuousClock.now
      if now >= deadline { return .budgetExceeded(.time(limit: limit, spent: now - started)) }
    }
    return nil
  }

  /// - Throws: ``exhausted`` when it is not nil.
  @inline(__always) public func check() throws(RoutingError) {
    if let error = exhausted { throw error }
  }
}
