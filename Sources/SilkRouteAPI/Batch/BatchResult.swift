import SilkRoute

/// One answered row of a batch: where it stands, its `id`, its request (when it could be read)
/// and that request's answer, exactly as ``BookingService/answer(_:budget:)`` gives it, or why
/// there is none.
public struct BatchResult: Sendable {
  /// 0-based position among the batch's requests.
  public var index: Int
  /// 1-based line of the input where the row starts (nil: an element of a JSON array).
  public var line: Int?
  public var id: String?
  public var request: RouteRequest?
  public var result: Result<RouteResponse, BatchFailure>

  public init(
    index: Int, line: Int?, id: String?, request: RouteRequest?, result: Result<RouteResponse, BatchFailure>
  ) {
    self.index = index
    self.line = line
    self.id = id
    self.request = request
    self.result = result
  }

  /// The route the row's summary shows: the route, else the first of the front or of the
  /// alternatives (the best by the objective).
  public var route: Itinerary? {
    guard case .success(let response) = result else { return nil }
    return response.itinerary ?? response.paretoFront?.first ?? response.alternatives?.first?.itinerary
  }
}
