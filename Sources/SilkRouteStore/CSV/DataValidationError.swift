/// Every problem found in a data folder (parse errors stop a file; invariant issues are all
/// listed).
public struct DataValidationError: Error, Sendable, CustomStringConvertible {
  public var problems: [DataFileError]
  public init(problems: [DataFileError]) { self.problems = problems }
  public var description: String {
    guard let first = problems.first else { return "invalid data" }
    let more =
      problems.count > 1 ? " (and \(problems.count - 1) more problem(s); run 'silkroute data validate')" : ""
    return first.description + more
  }
}
