import Synchronization

/// What one answer may spend: wall-clock time for all of its searches, and labels per label
/// search (which bounds its memory: a label costs about 190 bytes with its queue entry and settled
/// copy, twice that while its arrays grow).
public struct SearchLimits: Hashable, Sendable {
  /// Wall-clock time for the whole answer (every search it runs, its diagnosis of a missing route
  /// included); nil: no limit.
  public var time: Duration?
  /// Labels one label search may create before it stops with `RoutingError.searchTooLarge`.
  public var labels: Int

  /// The label limit of a search without a budget.
  public static let defaultLabels = 2_000_000

  public init(time: Duration? = nil, labels: Int = SearchLimits.defaultLabels) {
    self.time = time
    self.labels = labels
  }
}

/// A flag a front-end raises when nobody waits for the answer any more (the client went away):
/// the searches of the budget holding it stop at their next check with `RoutingError.cancelled`.
public final class SearchCancellation: Sendable {
  private let flag = Atomic<Bool>(false)

  public init() {}

  public func cancel() { flag.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

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

/// Which budget an answer ran out of, its limit and what was spent when it stopped.
public enum BudgetOverrun: Hashable, Sendable {
  case time(limit: Duration, spent: Duration)

  /// "its time budget of 5 s (stopped after 5.01 s)".
  public var message: String {
    switch self {
    case .time(let limit, let spent):
      "its time budget of \(Self.seconds(limit)) (stopped after \(Self.seconds(spent)))"
    }
  }

  /// `5 s`, `0.5 s`, `12.04 s`: to the hundredth, without trailing zeros.
  public static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let hundredths = seconds * 100 + attoseconds / 10_000_000_000_000_000
    let (whole, fraction) = (hundredths / 100, hundredths % 100)
    if fraction == 0 { return "\(whole) s" }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10) s" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction) s"
  }
}
