import Synchronization

/// A flag a front-end raises when nobody waits for the answer any more (the client went away):
/// the searches of the budget holding it stop at their next check with `RoutingError.cancelled`.
public final class SearchCancellation: Sendable {
  private let flag = Atomic<Bool>(false)

  public init() {}

  public func cancel() { flag.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
