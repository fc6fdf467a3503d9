import HTTPTypes

extension HTTPField.Name {
  /// `Server-Timing` (W3C Server Timing): `search;dur=…`, the milliseconds a route answer took on
  /// its search thread, within the search budget (clients and the fuzz tests read it).
  static let serverTiming: HTTPField.Name = {
    guard let name = HTTPField.Name("Server-Timing") else { preconditionFailure("a valid field name") }
    return name
  }()
}
