extension RouteRequest {
  /// A departure sweep: the best route for each departure from `from` to `to` (both included),
  /// every `everyMinutes` (default a day), and the best day for each objective.
  ///
  /// ```json
  /// {"from": "2026-12-01", "to": "2026-12-14", "everyMinutes": 1440}
  /// ```
  public struct DepartWindowSpec: Codable, Hashable, Sendable {
    /// The first departure: an ISO 8601 date (midnight UTC) or date-time.
    public var from: String
    /// The last departure (included when a step lands on it), after `from`.
    public var to: String
    /// Minutes between departures; default 1440 (daily).
    public var everyMinutes: Int64?

    public init(from: String, to: String, everyMinutes: Int64? = nil) {
      self.from = from
      self.to = to
      self.everyMinutes = everyMinutes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case from, to, everyMinutes
    }
  }
}
