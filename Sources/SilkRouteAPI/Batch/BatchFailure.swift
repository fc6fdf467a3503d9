import SilkRoute

/// Why one row of a batch has no answer: it could not be read, a field of its request is bad, or
/// the planner has none (no route, a name the network does not know, a search over its limit).
public enum BatchFailure: Error, Sendable {
  case unreadable(BatchRowError)
  case request(RequestError)
  case routing(RoutingError)

  /// The JSON path (= CSV column) of the field to blame, if one is.
  public func field(in request: RouteRequest?) -> String? {
    switch self {
    case .unreadable(let error): error.field
    case .request(let error): error.field
    case .routing(let error): request.flatMap { RouteRequest.field(of: error, in: $0) }
    }
  }
}
