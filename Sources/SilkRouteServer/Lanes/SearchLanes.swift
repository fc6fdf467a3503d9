import SilkRoute
import SilkRouteAPI

/// The service's two ``SearchLane``s: one for requests that may run many searches or a large one
/// (Pareto fronts, alternatives, latest departures, via points), one for the rest, so that a
/// few heavy requests cannot make a plain quote wait.
struct SearchLanes: Sendable {
  let heavy: SearchLane
  let quick: SearchLane
  /// What a 503 tells the client to wait: a running search ends within its time budget.
  let retryAfterSeconds: Int

  init(configuration: ServerConfiguration) {
    heavy = SearchLane(
      name: "silkroute-heavy-search", threads: configuration.heavySearches,
      queueTimeout: configuration.searchQueueTimeout, maxQueued: configuration.maxQueuedSearches)
    quick = SearchLane(
      name: "silkroute-quick-search", threads: configuration.quickSearches,
      queueTimeout: configuration.searchQueueTimeout, maxQueued: configuration.maxQueuedSearches)
    let budget = configuration.searchLimits.time ?? configuration.searchQueueTimeout
    let (seconds, attoseconds) = budget.components
    retryAfterSeconds = Int(clamping: max(1, seconds + (attoseconds > 0 ? 1 : 0)))
  }

  func lane(for plan: PlanRequest) -> SearchLane { plan.isHeavy ? heavy : quick }
}
