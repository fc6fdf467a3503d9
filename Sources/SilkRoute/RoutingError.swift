/// Why a route query has no answer. Each case says it in words a planner understands.
public enum RoutingError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCity(String, suggestions: [String])
  case ambiguousCity(String, candidates: [String])
  case sameOriginAndDestination(String)
  case noRoute(from: String, to: String, reason: String)
  case unknownName(String, kind: String, suggestions: [String])
  case invalidQuery(String)
  case searchTooLarge(labels: Int)

  public var description: String {
    switch self {
    case .unknownCity(let name, let suggestions):
      let hint =
        suggestions.isEmpty
        ? "run 'silkroute cities' for the list"
        : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
      return "unknown city '\(name)': \(hint)"
    case .ambiguousCity(let name, let candidates):
      return "'\(name)' names several cities: \(candidates.joined(separator: ", "))"
    case .sameOriginAndDestination(let name):
      return "origin and destination are both \(name)"
    case .noRoute(let from, let to, let reason):
      return "no route from \(from) to \(to): \(reason)"
    case .unknownName(let name, let kind, let suggestions):
      let hint =
        suggestions.isEmpty ? "" : ": did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
      return "unknown \(kind) '\(name)'\(hint)"
    case .invalidQuery(let message):
      return message
    case .searchTooLarge(let labels):
      return
        "the search exceeded \(labels) labels; narrow it with constraints (e.g. --max-legs) or fewer criteria"
    }
  }
}
