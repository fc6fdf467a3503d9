/// Exact multi-objective label-setting search (the NAMOA*dr / BOA* family) over the layered
/// query graph: labels leave a lexicographic queue ordered by f = g + h, where h are admissible
/// and consistent lower bounds from reverse one-to-all Dijkstra runs; a label is discarded when a
/// settled label at its state or at the target weakly dominates it. Because the dominance
/// dimensions lead the queue order and h is consistent, a settled label is never dominated later:
/// the settled target labels are exactly the Pareto-optimal vectors.
///
/// Also answers constrained scalar queries exactly: bounded resources (budget, duration, legs,
/// transfers) join the dominance dimensions and prune labels whose f exceeds the bound.
struct LabelSearch {
  struct Configuration {
    /// Dimensions compared for dominance, in queue priority order.
    var dominance: [CriteriaVector.Dimension]
    var budget: Int64?
    var maxDuration: Int64?
    var maxLegs: Int64?
    var maxTransfers: Int64?
    /// Ready time at the origin (minutes since the epoch); nil = static search.
    var departure: Int64?
    var documents: DocumentMode = .ignore
    var maxDocuments: Int64?
    /// The dominance dimensions form a total lexicographic order: keep one label per state and
    /// stop at the first target (Dijkstra on the expanded state space). Exact for static
    /// queries without bounds.
    var lexicographic = false
    var maxLabels = SearchLimits.defaultLabels
    /// An ε-approximate front (see `TargetRelaxation`): target labels drop every label they come
    /// within 1 + E of in `approximated`'s dimensions. Nil: exact.
    var epsilon: ParetoEpsilon?
    /// The dimensions the tolerance applies to: the front's criteria.
    var approximated: [CriteriaVector.Dimension] = []
    /// Checked every ``budgetInterval`` labels taken from the queue (nil: no time limit).
    var searchBudget: SearchBudget?
  }

  /// Labels settled between budget checks (a power of two): a check costs a clock read, a
  /// thousand settlements some hundred microseconds, so a search stops within a millisecond of
  /// its deadline. Computed, not stored: a stored static is read through a once-check on every
  /// iteration (3 % of a Pareto search).
  @inline(__always) static var budgetInterval: Int { 1024 }

  enum DocumentMode: Equatable {
    /// Documents are not modelled: one context, no break costs.
    case ignore
    /// Each leg travels under its own regime; every new document after the first costs its
    /// regime's new-document time and money.
    case segmented
    /// One operator's through B/L: one document; CIM ↔ SMGS breaks allowed only if it absorbs them.
    case singleOperator(absorbsRegimeBreaks: Bool)
  }

  struct Found {
    var vector: CriteriaVector
    var arcs: [ArcID]
  }

  let graph: QueryGraph
  var configuration: Configuration
  let layers: Int
  /// Lower bounds to the destination per terminal: cost, time, CO2 (Int64.max = unreachable).
  let bound: LowerBounds
  /// The full queue order: dominance dimensions, then the rest as tie-breakers.
  let order: [CriteriaVector.Dimension]
  /// How many counted criteria (legs, transfers, documents) follow the first three in `order`
  /// before any other: the queue's fourth key packs them, or is the fourth criterion if none.
  let packedTail: Int

  /// - Parameter bounds: lower bounds computed on `graph` or on a graph it derives from by making
  ///   arcs unusable (distances only grow, so they stay admissible and consistent).
  init(graph: QueryGraph, configuration: Configuration, bounds: LowerBounds? = nil) {
    self.graph = graph
    self.configuration = configuration
    layers = graph.via.count + 1
    bound = bounds ?? graph.lowerBounds()
    order =
      configuration.dominance
      + CriteriaVector.Dimension.allCases.filter { !configuration.dominance.contains($0) }
    packedTail = order.dropFirst(3).prefix { [.legs, .transfers, .documents].contains($0) }.count
  }

  /// The dominance dimensions as bit masks, so that a dominance test is straight-line code.
  var mask: DominanceMask { DominanceMask(configuration.lexicographic ? [] : configuration.dominance) }

  @inline(__always) func estimate(_ g: CriteriaVector, at terminal: Int) -> CriteriaVector? {
    let h = (bound.cost[terminal], bound.time[terminal], bound.co2[terminal])
    guard h.0 != .max, h.1 != .max, h.2 != .max else { return nil }
    return CriteriaVector(
      cost: g.cost + h.0, time: g.time + h.1, co2: g.co2 + h.2, legs: g.legs, transfers: g.transfers,
      documents: g.documents)
  }

  @inline(__always) func withinBounds(_ f: CriteriaVector) -> Bool {
    if let budget = configuration.budget, f.cost > budget { return false }
    if let limit = configuration.maxDuration, f.time > limit { return false }
    if let limit = configuration.maxLegs, f.legs > limit { return false }
    if let limit = configuration.maxTransfers, f.transfers > limit { return false }
    if let limit = configuration.maxDocuments, f.documents > limit { return false }
    return true
  }

  /// A target label's route: its criteria, arcs and product (index into the products searched).
  struct FoundRoute {
    var vector: CriteriaVector
    var arcs: [ArcID]
    var product: Int
  }

  /// All target labels (Pareto-optimal in the dominance dimensions), in settling order, for the
  /// configuration's single document mode.
  ///
  /// - Throws: `RoutingError.searchTooLarge` past `maxLabels`; the budget's error when it runs out.
  func run() throws(RoutingError) -> [Found] {
    try run(products: [BookingProduct(mode: configuration.documents)]).map {
      Found(vector: $0.vector, arcs: $0.arcs)
    }
  }

  /// All target labels over every product, in settling order. Labels of different products never
  /// dominate each other at a state (their futures differ), but a target label of any product
  /// prunes every label it dominates: in lexicographic mode the first target settled is the
  /// optimum over all products, and the other products stop there.
  func run(products: [BookingProduct]) throws(RoutingError) -> [FoundRoute] {
    var workspace = LabelWorkspace()
    return try run(products: products, workspace: &workspace)
  }

  /// As `run(products:)`, reusing `workspace`'s buffers (reset in O(1) by a timestamp).
  func run(products: [BookingProduct], workspace: inout LabelWorkspace) throws(RoutingError) -> [FoundRoute] {
    let outcome = runUntilStopped(products: products, workspace: &workspace)
    if let stopped = outcome.stopped { throw stopped }
    return outcome.routes
  }

  /// What a search found, complete or stopped early by its label limit or budget.
  struct Outcome {
    /// The target labels' routes, in settling order: with `stopped`, those found so far.
    var routes: [FoundRoute]
    /// Why the search stopped before it finished (nil: it finished).
    var stopped: RoutingError?
    /// When stopped: every target label below this in the first dominance dimension was found
    /// (see `Run.Settled.frontier`).
    var frontier: Int64
    var statistics = SearchStatistics()
  }

  /// As `run(products:workspace:)`, returning what was found before the label limit or the budget
  /// stopped the search instead of only the error: the target labels settle in the queue's
  /// order, so those found are final, and every one below `Outcome.frontier` in the first
  /// dominance dimension is among them.
  func runUntilStopped(products: [BookingProduct], workspace: inout LabelWorkspace) -> Outcome {
    do throws(RoutingError) {
      try configuration.searchBudget?.check()
    } catch {
      return Outcome(routes: [], stopped: error, frontier: 0)
    }
    let run = Run(search: self, products: products)
    run.prepare(&workspace)
    for target in graph.targets { workspace.isTarget[target.index] = true }
    defer { for target in graph.targets { workspace.isTarget[target.index] = false } }
    var settled = Run.Settled()
    do throws(RoutingError) {
      try run.pushSources(&workspace)
      settled = run.settleAll(&workspace)
    } catch {
      settled.stopped = error
    }
    let routes = settled.found.map { label in
      let target = workspace.labels[label.index]
      return FoundRoute(
        vector: target.vector, arcs: workspace.path(to: label), product: Int(target.place.product))
    }
    // A search stopped by its budget or label limit leaves buffers sized for a runaway: release
    // them. One that finishes keeps them for the next (reallocating cost 8 % on repeated large
    // fronts).
    var statistics = settled.statistics
    statistics.labelsMade = workspace.labelsMade
    statistics.labelsHeld = workspace.labels.count
    if settled.stopped != nil { workspace.trim() }
    return Outcome(
      routes: routes, stopped: settled.stopped, frontier: settled.frontier, statistics: statistics)
  }

  /// The queue key of a label whose estimate is `f`: its first three criteria in queue order,
  /// then the counted criteria after them packed in 21 bits each (or the fourth criterion).
  ///
  /// Exact for every dominance order the planner builds: cost, time and CO2 come before the
  /// counted criteria among the dominance dimensions, and every dominance dimension comes before
  /// the others, so a dominance dimension past the third is a counted one in the packed part. A
  /// count saturates at 2,097,151 (a path of two million legs), where only ties would reorder.
  @inline(__always) func queueKey(_ f: CriteriaVector) -> QueueEntry.Key {
    var tail: Int64 = packedTail == 0 ? f[order[3]] : 0
    for index in 3..<(3 + packedTail) {
      tail = tail << 21 | min(f[order[index]], Self.packedCountLimit)
    }
    return (f[order[0]], f[order[1]], f[order[2]], tail)
  }

  /// The largest count the queue key holds (21 bits). Computed: a stored static is read through a
  /// once-check.
  @inline(__always) static var packedCountLimit: Int64 { (1 << 21) - 1 }

  /// A label's criteria and document context after one more arc.
  struct Relaxed {
    var vector: CriteriaVector
    var context: Int32
  }

  /// The relaxation: what taking `arc` does to a label with `vector` in document context `context`
  /// booked as `product` — a leg or a transfer more, the new document it may start (its money and
  /// handling time), the wait for the departure and the arc's own cost, time and CO2. Nil when the
  /// product may not take the arc (another operator's service; a regime break its B/L does not
  /// absorb). The label search's inner loop and the spur searches of `LooplessRoutes` share it.
  @inline(__always) func relax(
    _ vector: CriteriaVector, context: Int32, along arc: Int, product: BookingProduct
  ) -> Relaxed? {
    let network = graph.network
    var next = vector
    var nextContext = context
    var handling: Int64 = 0
    let service = Int(network.arcService[arc])
    if service >= 0 {
      if let owner = product.operatorIndex, !network.operatorContracts(owner, service: service) {
        return nil
      }
      next.legs += 1
      switch product.mode {
      case .ignore: break
      case .segmented:
        let step = DocumentContext.step(from: context, service: service, in: network)
        nextContext = step.next
        if step.startsDocument {
          next.documents += 1
          if context != DocumentContext.none {
            next.cost += network.serviceNewDocumentCost[service]
            handling = network.serviceNewDocumentTime[service]
          }
        }
      case .singleOperator(let absorbs):
        let step = DocumentContext.step(from: context, service: service, in: network)
        if step.breaksRailRegime && !absorbs { return nil }
        nextContext = step.next
      }
    } else {
      next.transfers += 1
    }
    let ready = configuration.departure.map { $0 + vector.time + handling }
    let step = graph.traverse(arc, readyAt: ready)
    next.cost += step.cost.rawValue
    next.time += step.time.rawValue + handling
    next.co2 += step.co2.rawValue
    return Relaxed(vector: next, context: nextContext)
  }
}
