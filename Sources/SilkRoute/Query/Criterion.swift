/// The criteria a Pareto search trades off.
public enum Criterion: String, CaseIterable, Sendable, Codable, Hashable {
  case cost, time, co2
  /// Number of transport documents (1 = one through bill of lading).
  case documents

  /// Cost, time and CO2: the default Pareto criteria.
  public static let standard: [Criterion] = [.cost, .time, .co2]
}

extension Criterion {
  /// The criteria in the order `objective` compares them: its own first, then its tie-breaks.
  static func priority(of objective: Objective) -> [Criterion] {
    switch objective {
    case .cheapest: [.cost, .time, .co2]
    case .fastest: [.time, .cost, .co2]
    case .greenest: [.co2, .cost, .time]
    }
  }

  /// The label search's dimension that counts this criterion.
  var dimension: CriteriaVector.Dimension {
    switch self {
    case .cost: .cost
    case .time: .time
    case .co2: .co2
    case .documents: .documents
    }
  }
}
