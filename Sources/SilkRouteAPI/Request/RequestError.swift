import SilkRoute

/// A request field that is missing, malformed, out of range, or combined with one it cannot go
/// with. `field` is its JSON path; `otherFields` the fields it conflicts with. The message names
/// no field: each front-end puts its own names in front (``message(naming:)``).
public struct RequestError: Error, Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var otherFields: [String]
  public var message: String

  public init(field: String, message: String, conflictsWith otherFields: [String] = []) {
    self.field = field
    self.otherFields = otherFields
    self.message = message
  }

  /// The error with fields named by `name` (a JSON path → a flag, or the path itself).
  public func message(naming name: (String) -> String) -> String {
    if otherFields.isEmpty { return "\(name(field)): \(message)" }
    let others = otherFields.map(name).joined(separator: " and ")
    return "\(name(field)) with \(others): \(message)"
  }

  public var description: String { message(naming: { $0 }) }
}
