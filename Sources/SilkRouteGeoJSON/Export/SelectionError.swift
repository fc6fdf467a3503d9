import SilkRoute

/// Why a selection cannot be drawn.
public enum SelectionError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCountry(String, known: [String])
  /// An unknown or ambiguous city, as the planner reports it.
  case city(RoutingError)
  case invalidHops(Int)
  case nothingSelected(String)

  public var description: String {
    switch self {
    case .unknownCountry(let text, let known):
      return "unknown country '\(text)': use an ISO code or name of \(known.joined(separator: ", "))"
    case .city(let error):
      return error.description
    case .invalidHops(let hops):
      return "--hops must be at least 1 (got \(hops))"
    case .nothingSelected(let what):
      return "nothing of the network matches \(what)"
    }
  }
}
