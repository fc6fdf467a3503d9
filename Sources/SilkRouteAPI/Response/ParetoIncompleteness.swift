import SilkRoute

/// A Pareto front whose search stopped at its budget (time or labels) after it had found routes:
/// the routes listed are Pareto-optimal and final, and every Pareto-optimal route below
/// `provedBelow` in `criterion` is among them; the rest of the front is unknown.
public struct ParetoIncompleteness: Codable, Hashable, Sendable {
  /// `time-limit` or `label-limit`.
  public var stoppedBy: String
  /// What stopped the search, in words.
  public var reason: String
  /// The criterion the front was proved along (the objective's own when it is a criterion).
  public var criterion: Criterion
  /// In the criterion's unit (US cents, minutes, grams of CO2e, documents).
  public var provedBelow: Int64
  /// The promise in words: "every Pareto-optimal route costing less than USD 2104.50 is listed; …".
  public var statement: String

  public init(_ incomplete: ParetoSet.Incomplete) {
    switch incomplete.reason {
    case .budgetExceeded(let overrun):
      stoppedBy = "time-limit"
      reason = "the search ran out of \(overrun.message)"
    case .searchTooLarge(let labels):
      stoppedBy = "label-limit"
      let memory = SearchLimits.bytesText(labels * SearchLimits.bytesPerLabel)
      reason = "the search reached its memory limit of \(memory)"
    default:
      stoppedBy = "limit"
      reason = incomplete.reason.description
    }
    criterion = incomplete.criterion
    provedBelow = incomplete.provedBelow
    statement =
      "every Pareto-optimal route \(Self.below(incomplete.criterion, incomplete.provedBelow)) is listed; "
      + "more may exist beyond it"
  }

  /// "costing less than USD 2104.50", "taking less than 12345 minutes", …
  static func below(_ criterion: Criterion, _ value: Int64) -> String {
    switch criterion {
    case .cost: "costing less than \(Cents(value))"
    case .time: "taking less than \(value) minutes"
    case .co2: "emitting less than \(value) g CO2e"
    case .documents: "under fewer than \(value) documents"
    }
  }
}
