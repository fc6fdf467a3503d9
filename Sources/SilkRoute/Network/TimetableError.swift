/// What is wrong with a `TimetableRecord`, in words for a validation issue.
public struct TimetableError: Error, Hashable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
