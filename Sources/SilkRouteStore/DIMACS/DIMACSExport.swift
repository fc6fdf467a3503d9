import SilkRoute

/// The network as a 9th DIMACS Implementation Challenge shortest-path graph (`.gr`), one weight per
/// file, so that other routing tools (and `../shared/peers/`) can run the very same instance. The
/// files of several weights list the same arcs in the same order, as `DIMACSImport` reads them back.
///
/// Nodes are terminals numbered from 1 in data order; arcs are the arcs the cargo may use (services
/// and transfers, with their customs clearance), weighted by cost in cents, time in minutes or CO2
/// in grams. A zero weight is written as 1 (some tools read zeros as missing arcs), which the
/// header comment says.
public enum DIMACSExport {
  public enum Weight: String, CaseIterable, Sendable {
    case cost, time, co2
  }

  /// The file a multi-weight export writes for `weight` beside the others: `PREFIX-cost.gr`,
  /// `PREFIX-time.gr`, `PREFIX-co2.gr`.
  public static func path(prefix: String, weight: Weight) -> String { "\(prefix)-\(weight.rawValue).gr" }

  /// The `.gr` text for `network`, `cargo` and `weight`; the arcs of every weight are the same
  /// (those the cargo may use), in the network's arc order.
  public static func graph(_ network: TransportNetwork, weight: Weight, cargo: Cargo = .containers(1, .feu))
    -> String
  {
    let model = CargoCostModel(network: network, cargo: cargo)
    var lines: [String] = []
    var zeros = 0
    for arc in 0..<network.arcCount {
      guard let totals = model.weight(of: arc) else { continue }
      var value: Int64 =
        switch weight {
        case .cost: totals.cost.rawValue
        case .time: totals.time.rawValue
        case .co2: totals.co2.rawValue
        }
      if value <= 0 {
        value = 1
        zeros += 1
      }
      lines.append(
        "a \(network.tail(of: ArcID(arc)).index + 1) \(network.head(of: ArcID(arc)).index + 1) \(value)")
    }
    let unit: String =
      switch weight {
      case .cost: "US cents"
      case .time: "minutes"
      case .co2: "grams CO2e"
      }
    var text =
      "c SilkRoute network: \(network.terminalCount) terminals, weight \(weight.rawValue) in \(unit), cargo \(cargo)\n"
    text += "c nodes are terminals in data order (1-based); \(zeros) zero weights written as 1\n"
    text += "p sp \(network.terminalCount) \(lines.count)\n"
    for line in lines { text += line + "\n" }
    return text
  }
}
