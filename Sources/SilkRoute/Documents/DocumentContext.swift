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
/// product: what a label's context can cost more than another's on the way on, until both are in
/// the same context or one is in a context at least as good.
/// - Two carrier contexts (sea, road or air under one carrier's document) differ only until the
///   next service leg. A rail leg starts a new consignment from both, at the same price; a
///   non-rail leg leaves both in its own context, and costs the one not already in it a new
///   document. So a label in carrier context `a` costs at most `charge(t, b)` more than one in
///   context `b` at terminal `t`: the dearest new document of a non-rail service in context `b`
///   leaving `t` or a terminal its transfers reach (`NextDocumentCharges`); nothing when there
///   is none (the carrier's document ends at `t` whatever happens).
/// - The common CIM/SMGS note continues on every rail leg and stays the common note, and pays on a
///   non-rail leg what a carrier context pays: it costs nothing more than a CIM or an SMGS
///   consignment, and at most `charge(t, b)` more than carrier context `b`.
/// - A CIM or an SMGS consignment may cost more than anything else on a later rail leg (even after
///   the other label joined a common note), so it prunes only where no rail service leaves `t` or
///   its transfer closure: there the next leg is not rail, and it is a carrier context like any
///   other (whose charge is nothing).
/// Under one operator's through B/L documents cost nothing, so every charge is zero; only its
/// CIM ↔ SMGS rule depends on the context, and the common note never breaks it.
/// A label dominated by a settled label charged so can be discarded: the settled label's extension
/// along any path weakly dominates its own (handling time only delays, and waiting is FIFO).
enum ContextDominance {
  static let carrierGroup = 0
  static let railGroup = 1

  static func isRailConsignment(_ context: Int32) -> Bool {
    context == DocumentContext.railSMGS || context == DocumentContext.railCIM
  }

  /// The group whose settled labels may dominate a label in `context` at a terminal where rail
  /// services leave (or not): nil for its own state only.
  static func group(ofDominated context: Int32, railLeaves: Bool) -> Int? {
    if context >= DocumentContext.firstCarrierContext { return carrierGroup }
    if isRailConsignment(context) { return railLeaves ? railGroup : carrierGroup }
    return nil
  }

  /// Whether a settled label in `context` joins the carrier group; a settled common-note label
  /// also joins the rail group.
  static func joinsCarrierGroup(_ context: Int32, railLeaves: Bool) -> Bool {
    context >= DocumentContext.firstCarrierContext || context == DocumentContext.railBoth
      || (!railLeaves && isRailConsignment(context))
  }
}

/// Per terminal `t`: the non-rail document contexts of the services leaving `t` or a terminal its
/// transfers reach (the next service leg can only start there), each with the dearest new
/// document (cost, handling time) such a service starts, and whether a rail service leaves too.
/// What `ContextDominance` charges a label for not being under that context's document.
public struct NextDocumentCharges: Sendable {
  /// Terminal `t`'s contexts are `context[first[t] ..< first[t + 1]]`, ascending.
  let first: [Int32]
  let context: [Int32]
  let cost: [Int64]
  let time: [Int64]
  let railLeaves: [Bool]

  /// - Complexity: O(Σ over terminals of the arcs leaving their transfer closures); transfers
  ///   join the terminals of a city, so closures are small.
  init(
    firstOut: [Int32], arcHead: [TerminalID], arcService: [Int32], serviceContext: [Int32],
    newDocumentCost: [Int64], newDocumentTime: [Int64]
  ) {
    let terminalCount = max(firstOut.count - 1, 0)
    var first: [Int32] = [0]
    var context: [Int32] = []
    var cost: [Int64] = []
    var time: [Int64] = []
    var railLeaves = [Bool](repeating: false, count: terminalCount)
    var seen = [Int](repeating: -1, count: terminalCount)
    var stack: [Int] = []
    var dearest: [Int32: (cost: Int64, time: Int64)] = [:]
    for terminal in 0..<terminalCount {
      dearest.removeAll(keepingCapacity: true)
      seen[terminal] = terminal
      stack.append(terminal)
      while let node = stack.popLast() {
        for arc in Int(firstOut[node])..<Int(firstOut[node + 1]) {
          let service = Int(arcService[arc])
          if service < 0 {
            let head = arcHead[arc].index
            if seen[head] != terminal {
              seen[head] = terminal
              stack.append(head)
            }
          } else if serviceContext[service] < 0 {
            railLeaves[terminal] = true
          } else {
            let known = dearest[serviceContext[service]] ?? (0, 0)
            dearest[serviceContext[service]] = (
              max(known.cost, newDocumentCost[service]), max(known.time, newDocumentTime[service])
            )
          }
        }
      }
      for key in dearest.keys.sorted() {
        context.append(key)
        cost.append(dearest[key]?.cost ?? 0)
        time.append(dearest[key]?.time ?? 0)
      }
      first.append(Int32(context.count))
    }
    self.first = first
    self.context = context
    self.cost = cost
    self.time = time
    self.railLeaves = railLeaves
  }

  /// The most a label not under `context`'s document can pay over one under it, from `terminal`
  /// to its next service leg: (cost, time, one document), or nil when no service in `context`
  /// leaves there.
  public func charge(at terminal: Int, context wanted: Int32) -> (cost: Int64, time: Int64)? {
    var low = Int(first[terminal])
    var high = Int(first[terminal + 1])
    while low < high {
      let middle = (low + high) / 2
      if context[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    guard low < Int(first[terminal + 1]), context[low] == wanted else { return nil }
    return (cost[low], time[low])
  }

  /// Whether a rail service leaves `terminal` or a terminal its transfers reach.
  public func railLeaves(_ terminal: Int) -> Bool { railLeaves[terminal] }
}
