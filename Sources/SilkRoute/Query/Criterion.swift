/// The criteria a Pareto search trades off.
public enum Criterion: String, CaseIterable, Sendable, Codable, Hashable {
  case cost, time, co2
  /// Number of transport documents (1 = one through bill of lading).
  case documents

  /// Cost, time and CO2: the default Pareto criteria.
  public static let standard: [Criterion] = [.cost, .time, .co2]
}
