/// A question for the planner: move this cargo from one city to another, optimising one objective.
public struct RouteQuery: Hashable, Sendable, Codable {
  /// City name, id or alias as the user typed it.
  public var from: String
  public var to: String
  public var cargo: Cargo
  public var objective: Objective
  /// Modes the route may use; transfers are always allowed.
  public var allowedModes: Set<Mode>

  public init(
    from: String, to: String, cargo: Cargo = .containers(1, .feu),
    objective: Objective = .cheapest, allowedModes: Set<Mode> = Set(Mode.allCases)
  ) {
    self.from = from
    self.to = to
    self.cargo = cargo
    self.objective = objective
    self.allowedModes = allowedModes
  }
}
