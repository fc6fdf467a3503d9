/// A restriction of the query that removes part of the network, with the values given.
public struct Restriction: Equatable, Sendable {
  public var parameter: QueryParameter
  public var values: [String]
  public init(_ parameter: QueryParameter, _ values: [String]) {
    self.parameter = parameter
    self.values = values
  }
}
