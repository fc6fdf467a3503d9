import Synchronization

/// A `ScalarGraph` shared between threads, with the query objects (`ScalarDijkstra`) that have run
/// on it kept for reuse: the planner's scalar searches and lower bounds take one, search, and
/// give it back, so a stream of queries allocates no per-node arrays after the first few.
///
/// At most `limit` idle query objects are kept; a call that finds none idle makes a new one.
final class KernelGraph: Sendable {
  let graph: ScalarGraph
  private let idle = Mutex<[QueryObject]>([])
  private let limit: Int

  /// A `ScalarDijkstra` handed to one thread at a time: it leaves the pool under the lock and
  /// comes back under it, and no one else holds it in between (hence `@unchecked`).
  private final class QueryObject: @unchecked Sendable {
    let search: ScalarDijkstra
    init(_ search: ScalarDijkstra) { self.search = search }
  }

  init(_ graph: ScalarGraph, limit: Int = 8) {
    self.graph = graph
    self.limit = limit
  }

  /// Runs `body` with an idle query object over `graph` (or a new one), then keeps it.
  func withSearch<Result>(_ body: (ScalarDijkstra) throws -> Result) rethrows -> Result {
    let object = idle.withLock { $0.popLast() } ?? QueryObject(ScalarDijkstra(graph: graph))
    defer {
      idle.withLock { kept in
        if kept.count < limit { kept.append(object) }
      }
    }
    return try body(object.search)
  }
}
