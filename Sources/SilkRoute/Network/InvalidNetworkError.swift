/// The network's data breaks invariants; every issue found is listed, not only the first.
public struct InvalidNetworkError: Error, Sendable, CustomStringConvertible {
  public var issues: [NetworkIssue]
  public init(issues: [NetworkIssue]) { self.issues = issues }
  public var description: String {
    guard let first = issues.first else { return "invalid network" }
    let more = issues.count > 1 ? " (and \(issues.count - 1) more issue(s))" : ""
    return "invalid network: \(first)\(more)"
  }
}
