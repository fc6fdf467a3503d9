/// One shipment of a batch as read: where it stands, the `id` it was given, and its request or
/// why it could not be read.
public struct BatchEntry: Sendable {
  /// 0-based position among the batch's requests (header and blank lines not counted).
  public var index: Int
  /// 1-based line of the input where it starts, when the input has lines (nil: an element of a
  /// JSON array).
  public var line: Int?
  /// The caller's reference for the row, echoed in its result.
  public var id: String?
  public var request: Result<RouteRequest, BatchRowError>

  public init(index: Int, line: Int?, id: String?, request: Result<RouteRequest, BatchRowError>) {
    self.index = index
    self.line = line
    self.id = id
    self.request = request
  }
}
