/// Which document a route's cargo travels under after its last leg: the state the searches carry
/// so that document breaks (re-consignment, a new carrier's B/L) are priced exactly.
///
/// Contexts: 0 = no leg yet; 1, 2, 3 = a rail consignment valid under SMGS, CIM, or both
/// (the common CIM/SMGS note); 4… = a document of one carrier in one mode (sea, road, air).
public enum DocumentContext {
  public static let none: Int32 = 0
  static let railSMGS: Int32 = 1
  static let railCIM: Int32 = 2
  static let railBoth: Int32 = 3
  public static let firstCarrierContext: Int32 = 4
  /// Marks a rail service in `TransportNetwork.serviceContext`: a rail leg's context follows its
  /// regime (`rail(_:)`), not its carrier. A named value, not an optional, because the label
  /// search reads that array once per relaxed arc.
  public static let railService: Int32 = -1

  static func rail(_ sides: RailSides) -> Int32 {
    if sides == [.smgs, .cim] { return railBoth }
    return sides.contains(.cim) ? railCIM : railSMGS
  }

  static func sides(of context: Int32) -> RailSides? {
    switch context {
    case railSMGS: .smgs
    case railCIM: .cim
    case railBoth: [.smgs, .cim]
    default: nil
    }
  }

  /// The document after taking `service` from `context`.
  public struct Step: Hashable, Sendable {
    public var next: Int32
    /// The leg starts a new document (the first leg always does).
    public var startsDocument: Bool
    /// A rail leg whose regime does not accept the running consignment: CIM ↔ SMGS.
    public var breaksRailRegime: Bool
  }

  /// A rail consignment continues while its regime is valid on the next rail leg; a non-rail
  /// document continues on the same carrier in the same mode.
  public static func step(from context: Int32, service: Int, in network: TransportNetwork) -> Step {
    if let sides = network.serviceDocument[service].railSides {
      if let running = Self.sides(of: context) {
        if !running.intersection(sides).isEmpty {
          return Step(next: context, startsDocument: false, breaksRailRegime: false)
        }
        return Step(next: rail(sides), startsDocument: true, breaksRailRegime: true)
      }
      return Step(next: rail(sides), startsDocument: true, breaksRailRegime: false)
    }
    let next = network.serviceContext[service]
    return Step(next: next, startsDocument: next != context, breaksRailRegime: false)
  }
}
