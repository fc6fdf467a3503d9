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

/// Dominance between labels in different document contexts at the same terminal, layer and
/// product. What a context can cost more than another on the way on:
/// - Two carrier contexts (sea, road or air under one carrier's document) differ only until the
///   next service leg: a non-rail leg leaves both in its own context (one of them perhaps paying a
///   new document), a rail leg starts a new consignment from both. So one carrier context costs at
///   most one non-rail new document (cost, handling time, one document) more than another.
/// - The common CIM/SMGS consignment continues on every rail leg and, on a non-rail leg, pays what
///   any rail or carrier context pays: it costs nothing more than a CIM or an SMGS consignment, and
///   at most one non-rail new document more than a carrier context.
/// Under one operator's through B/L documents cost nothing, so the penalty is zero; only its
/// CIM ↔ SMGS rule depends on the context, and the common note never breaks it.
/// A label dominated by a settled label charged with that penalty can be discarded: the settled
/// label's extension along any path weakly dominates its own.
enum ContextDominance {
  static let carrierGroup = 0
  static let railGroup = 1

  /// The group whose settled labels may dominate a label in `context` (nil: its own state only).
  static func group(ofDominated context: Int32) -> Int? {
    if context >= DocumentContext.firstCarrierContext { return carrierGroup }
    if context == DocumentContext.railSMGS || context == DocumentContext.railCIM { return railGroup }
    return nil
  }

  /// Whether a settled label in `context` joins the carrier group (charged with the carrier
  /// penalty); a settled common-note label also joins the rail group, uncharged.
  static func joinsCarrierGroup(_ context: Int32) -> Bool {
    context >= DocumentContext.firstCarrierContext || context == DocumentContext.railBoth
  }

  /// The most a carrier context (or the common note) can cost more than another carrier context.
  static func carrierPenalty(for mode: LabelSearch.DocumentMode, in network: TransportNetwork)
    -> CriteriaVector
  {
    guard case .segmented = mode else { return CriteriaVector() }
    return CriteriaVector(
      cost: network.maxNonRailNewDocumentCost, time: network.maxNonRailNewDocumentTime, documents: 1)
  }
}
