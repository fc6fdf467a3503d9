/// Why a route query has no answer, as structured reasons: which parameter, which element, by how
/// much. Each front-end phrases them in its own words (``message(_:)`` with an ``ErrorWording``:
/// a CLI flag, a JSON path); `description` uses the library's parameter names.
public enum RoutingError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownCity(String, suggestions: [String])
  case ambiguousCity(String, candidates: [String])
  case sameOriginAndDestination(String)
  case noRoute(from: String, to: String, reason: NoRouteReason)
  /// A country, carrier, crossing or place (closures, delays) the network does not know.
  case unknownName(String, kind: NameKind, suggestions: [String])
  /// A parameter whose value the query cannot use, and why.
  case invalidQuery(QueryParameter, String)
  case searchTooLarge(labels: Int)
  /// The answer ran out of its budget (``SearchLimits/time``) before it finished.
  case budgetExceeded(BudgetOverrun)
  /// The answer was cancelled (``SearchCancellation``) before it finished: nobody waits for it.
  case cancelled

  public var description: String { message(.library) }

  /// The error in a front-end's words.
  public func message(_ wording: ErrorWording) -> String {
    func listing(_ kind: NameKind) -> String {
      wording.listing(kind).map { " (\($0))" } ?? ""
    }
    func quoted(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
    switch self {
    case .unknownCity(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : ": did you mean \(quoted(suggestions))?"
      return "unknown city '\(ErrorWording.escaped(name))'\(hint)\(listing(.city))"
    case .ambiguousCity(let name, let candidates):
      return "'\(ErrorWording.escaped(name))' names several cities: \(candidates.joined(separator: ", "))"
    case .sameOriginAndDestination(let name):
      return "origin and destination are both \(name)"
    case .noRoute(let from, let to, let reason):
      return "no route from \(from) to \(to): \(reason.message(wording))"
    case .unknownName(let name, let kind, let suggestions):
      let hint = suggestions.isEmpty ? "" : ": did you mean \(quoted(suggestions))?"
      return "unknown \(kind.noun) '\(ErrorWording.escaped(name))'\(hint)\(listing(kind))"
    case .invalidQuery(let parameter, let message):
      return "\(wording.parameter(parameter)): \(message)"
    case .searchTooLarge(let labels):
      let memory = SearchLimits.bytesText(labels * SearchLimits.bytesPerLabel)
      return
        "the search exceeded its memory of \(memory) before it finished; narrow it with constraints (e.g. \(wording.parameter(.maxLegs))) or fewer criteria"
    case .budgetExceeded(let overrun):
      return
        "the search ran out of \(overrun.message); narrow it with constraints (e.g. \(wording.parameter(.maxLegs))) or fewer criteria"
    case .cancelled:
      return "the search was cancelled before it finished"
    }
  }

  /// The parameter the error is about, when one is to blame.
  public var parameter: QueryParameter? {
    switch self {
    case .unknownCity, .ambiguousCity, .noRoute, .searchTooLarge, .budgetExceeded, .cancelled: nil
    case .sameOriginAndDestination: .to
    case .unknownName(_, let kind, _): kind.parameter
    case .invalidQuery(let parameter, _): parameter
    }
  }
}
