import SilkRoute

/// How an ε-approximate Pareto front relates to the exact one, stated in the answer so that no
/// one takes it for the exact front.
public struct ParetoApproximation: Codable, Hashable, Sendable {
  /// The tolerance E (0.05 for 5 %).
  public var epsilon: Double
  /// The guarantee in words: every Pareto-optimal route is within a factor 1 + E of a route
  /// listed, in every criterion of the front.
  public var guarantee: String

  public init(epsilon: ParetoEpsilon, criteria: [Criterion]) {
    self.epsilon = epsilon.value
    guarantee =
      "every Pareto-optimal route is within a factor \(epsilon.factorText) of a route listed in "
      + "\(criteria.map(\.rawValue).joined(separator: ", ")); the routes listed need not be Pareto-optimal themselves"
  }
}
