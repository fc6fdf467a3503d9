import Synchronization

/// Query objects kept for reuse by the planner's calls that take none, so that a stream of queries
/// on one planner stops allocating (and page-faulting) per-network arrays after the first few.
/// At most `limit` are kept; a call that finds none idle makes a new one. Shared across threads
/// behind one lock, held only to take or return an object.
final class SearchPool: Sendable {
  private let idle = Mutex<[ShortestPathSearch]>([])
  private let limit: Int

  init(limit: Int = 8) { self.limit = limit }

  /// Runs `body` with an idle query object for `network` (or a new one), then keeps it.
  func withSearch<Result, Failure: Error>(
    on network: TransportNetwork, _ body: (inout ShortestPathSearch) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    var search = idle.withLock { $0.popLast() } ?? ShortestPathSearch(network: network)
    defer {
      idle.withLock { kept in
        if kept.count < limit { kept.append(search) }
      }
    }
    return try body(&search)
  }
}
