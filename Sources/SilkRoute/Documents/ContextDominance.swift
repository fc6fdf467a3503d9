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
