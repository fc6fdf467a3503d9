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
    var arcs: [Int]
  }

  let graph: QueryGraph
  var configuration: Configuration
  let layers: Int
  /// Lower bounds to the destination per terminal: cost, time, CO2 (Int64.max = unreachable).
  let bound: LowerBounds
  /// The full queue order: dominance dimensions, then the rest as tie-breakers.
  let order: [CriteriaVector.Dimension]

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
  }

  /// The dominance dimensions as bit masks, so that a dominance test is straight-line code.
  var mask: DominanceMask { DominanceMask(configuration.lexicographic ? [] : configuration.dominance) }

  /// A heap entry: the label's f in queue order (six criteria, no allocation) and its index.
  struct QueueEntry: Comparable {
    var key: (Int64, Int64, Int64, Int64, Int64, Int64)
    var label: Int32
    static func == (lhs: QueueEntry, rhs: QueueEntry) -> Bool { lhs.key == rhs.key && lhs.label == rhs.label }
    @inline(__always) static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
      if lhs.key.0 != rhs.key.0 { return lhs.key.0 < rhs.key.0 }
      if lhs.key.1 != rhs.key.1 { return lhs.key.1 < rhs.key.1 }
      if lhs.key.2 != rhs.key.2 { return lhs.key.2 < rhs.key.2 }
      if lhs.key.3 != rhs.key.3 { return lhs.key.3 < rhs.key.3 }
      if lhs.key.4 != rhs.key.4 { return lhs.key.4 < rhs.key.4 }
      if lhs.key.5 != rhs.key.5 { return lhs.key.5 < rhs.key.5 }
      return lhs.label < rhs.label
    }
  }

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

  /// One way to book the route, searched together with the others in one queue: leg by leg, or
  /// under one operator's through B/L (its services only, its fee paid once at the start).
  struct Product {
    var mode: DocumentMode
    var fee: Int64 = 0
    /// The operator issuing the through B/L: only the services it may contract (nil = every usable
    /// arc of the graph).
    var operatorIndex: Int?
  }

  struct FoundRoute {
    var vector: CriteriaVector
    var arcs: [Int]
    var product: Int
  }

  /// All target labels (Pareto-optimal in the dominance dimensions), in settling order, for the
  /// configuration's single document mode.
  ///
  /// - Throws: `RoutingError.searchTooLarge` past `maxLabels`; the budget's error when it runs out.
  func run() throws(RoutingError) -> [Found] {
    try run(products: [Product(mode: configuration.documents)]).map {
      Found(vector: $0.vector, arcs: $0.arcs)
    }
  }

  /// All target labels over every product, in settling order. Labels of different products never
  /// dominate each other at a state (their futures differ), but a target label of any product
  /// prunes every label it dominates: in lexicographic mode the first target settled is the
  /// optimum over all products, and the other products stop there.
  func run(products: [Product]) throws(RoutingError) -> [FoundRoute] {
    var workspace = LabelWorkspace()
    return try run(products: products, workspace: &workspace)
  }

  /// As `run(products:)`, reusing `workspace`'s buffers (reset in O(1) by a timestamp).
  func run(products: [Product], workspace: inout LabelWorkspace) throws(RoutingError) -> [FoundRoute] {
    let searchBudget = configuration.searchBudget
    try searchBudget?.check()
    // A search stopped by its budget or label limit leaves buffers sized for a runaway: release
    // them. One that finishes keeps them for the next (reallocating cost 8 % on repeated large
    // fronts).
    var finished = false
    defer { if !finished { workspace.trim() } }
    let network = graph.network
    let productCount = products.count
    let contexts = products.contains { $0.mode != .ignore } ? network.contextCount : 1
    let perTerminal = layers * contexts * productCount
    workspace.prepare(stateCount: network.terminalCount * perTerminal, terminalCount: network.terminalCount)
    let mask = self.mask
    // Across document contexts (see `ContextDominance`): a label is also dominated by a settled
    // label of another context at the same terminal, layer and product, once that one is charged
    // the most its context can cost more on the way on. Lexicographic mode keeps one label per
    // state and needs none of this.
    let acrossContexts = !configuration.lexicographic && contexts > 1
    let charged = products.map { $0.mode == .segmented }
    let charges = network.nextDocumentCharges
    if acrossContexts { workspace.prepareGroups(count: network.terminalCount * layers * productCount * 2) }
    /// The group list of `place`'s (terminal, layer, product): 0 = carrier contexts, 1 = rail.
    func group(_ place: Place, _ kind: Int) -> Int {
      ((Int(place.terminal) * layers + Int(place.layer)) * productCount + Int(place.product)) * 2 + kind
    }
    /// State = ((terminal × layers + layer) × contexts + context) × products + product. Labels
    /// carry their place decoded (integer division costs more than the rest of a relaxation).
    func state(_ place: Place) -> Int {
      ((Int(place.terminal) * layers + Int(place.layer)) * contexts + Int(place.context)) * productCount
        + Int(place.product)
    }
    // Labels leave the queue in order of f, led by the first dominance dimension, and h is
    // consistent: every label settled at a state, and every target label, is at most a new label
    // in that dimension. With two dominance dimensions (BOA*) each label settled has a smaller
    // second than those before it, so only the last one settled can dominate: O(1) checks instead
    // of scans. With three, the target labels are checked in the other two only, against their
    // two-dimensional Pareto staircase: O(log n).
    let dimensions = configuration.dominance.count
    let twoDimensional = !configuration.lexicographic && dimensions == 2
    let threeDimensional = !configuration.lexicographic && dimensions == 3
    let second = dimensions > 1 ? configuration.dominance[1] : .cost
    let third = dimensions > 2 ? configuration.dominance[2] : .cost
    func dominatedBySettled(_ place: Place, _ state: Int, _ vector: CriteriaVector) -> Bool {
      var entry = workspace.head(state)
      while entry >= 0 {
        if mask.dominates(workspace.settledVector[Int(entry)], vector) { return true }
        if twoDimensional { break }
        entry = workspace.settledNext[Int(entry)]
      }
      guard acrossContexts else { return false }
      let terminal = Int(place.terminal)
      let context = place.context
      guard
        let kind = ContextDominance.group(ofDominated: context, railLeaves: charges.railLeaves(terminal))
      else { return false }
      // A settled label charged c dominates `vector` iff it dominates `vector` − c.
      var target = vector
      if kind == ContextDominance.carrierGroup && charged[Int(place.product)],
        let charge = charges.charge(at: terminal, context: context)
      {
        target.cost -= charge.cost
        target.time -= charge.time
        target.documents -= 1
      }
      entry = workspace.groupHead(group(place, kind))
      while entry >= 0 {
        if mask.dominates(workspace.groupVector[Int(entry)], target) { return true }
        entry = workspace.groupNext[Int(entry)]
      }
      return false
    }
    func settle(_ place: Place, _ state: Int, _ vector: CriteriaVector) {
      workspace.settledNext.append(workspace.head(state))
      workspace.settledVector.append(vector)
      workspace.setHead(state, Int32(workspace.settledVector.count - 1))
      guard acrossContexts else { return }
      let context = place.context
      let railLeaves = charges.railLeaves(Int(place.terminal))
      if ContextDominance.joinsCarrierGroup(context, railLeaves: railLeaves) {
        workspace.appendToGroup(group(place, ContextDominance.carrierGroup), vector)
      }
      if context == DocumentContext.railBoth {
        workspace.appendToGroup(group(place, ContextDominance.railGroup), vector)
      }
    }
    var found: [Int32] = []
    func dominatedByTarget(_ f: CriteriaVector) -> Bool {
      if twoDimensional { return workspace.targets.last.map { mask.dominates($0, f) } ?? false }
      if threeDimensional { return workspace.targetStaircase.covers(f[second], f[third]) }
      return workspace.targets.contains { mask.dominates($0, f) }
    }
    for target in graph.targets { workspace.isTarget[target.index] = true }
    defer { for target in graph.targets { workspace.isTarget[target.index] = false } }

    let order = self.order
    func key(_ f: CriteriaVector) -> (Int64, Int64, Int64, Int64, Int64, Int64) {
      (f[order[0]], f[order[1]], f[order[2]], f[order[3]], f[order[4]], f[order[5]])
    }

    func push(place: Place, vector: CriteriaVector, parent: Int32, arc: Int32) -> Bool {
      guard let f = estimate(vector, at: Int(place.terminal)), withinBounds(f) else { return true }
      let state = state(place)
      if dominatedBySettled(place, state, vector) { return true }
      if dominatedByTarget(f) { return true }
      guard workspace.labels.count < configuration.maxLabels else { return false }
      let label = Int32(workspace.labels.count)
      workspace.labels.append(
        Label(vector: vector, place: place, state: Int32(state), parent: parent, arc: arc))
      workspace.queue.insert(QueueEntry(key: key(f), label: label))
      return true
    }

    for (index, product) in products.enumerated() {
      // Under one operator's through B/L the route has exactly one document from the start.
      var start = CriteriaVector(cost: product.fee)
      if case .singleOperator = product.mode { start.documents = 1 }
      for source in graph.sources {
        let layer = graph.advance(layer: 0, at: source)
        guard
          push(
            place: Place(terminal: source, layer: layer, context: DocumentContext.none, product: index),
            vector: start, parent: -1, arc: -1
          )
        else { throw .searchTooLarge(labels: configuration.maxLabels) }
      }
    }
    var popped = 0
    while let entry = workspace.queue.popMin() {
      popped &+= 1
      if popped & (Self.budgetInterval - 1) == 0, let searchBudget { try searchBudget.check() }
      let label = workspace.labels[Int(entry.label)]
      let current = Int(label.state)
      let vector = label.vector
      let place = label.place
      let productIndex = Int(place.product)
      let context = place.context
      let layer = Int(place.layer)
      let terminal = Int(place.terminal)
      let product = products[productIndex]
      if dominatedBySettled(place, current, vector) { continue }
      guard let f = estimate(vector, at: terminal), !dominatedByTarget(f)
      else { continue }
      settle(place, current, vector)
      if layer == layers - 1 && workspace.isTarget[terminal] {
        workspace.targets.append(vector)
        if threeDimensional { workspace.targetStaircase.insert(vector[second], vector[third]) }
        found.append(entry.label)
        if configuration.lexicographic { break }
        continue
      }
      for arc in network.arcs(from: TerminalID(terminal)) where graph.usable[arc] {
        let head = network.arcHead[arc]
        var next = vector
        var nextContext = context
        var handling: Int64 = 0
        let service = Int(network.arcService[arc])
        if service >= 0 {
          if let owner = product.operatorIndex, !network.operatorContracts(owner, service: service) {
            continue
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
            if step.breaksRailRegime && !absorbs { continue }
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
        let nextLayer = graph.advance(layer: layer, at: head)
        guard
          push(
            place: Place(terminal: head, layer: nextLayer, context: nextContext, product: productIndex),
            vector: next, parent: entry.label, arc: Int32(arc))
        else { throw .searchTooLarge(labels: configuration.maxLabels) }
      }
    }
    finished = true
    return found.map { label in
      var arcs: [Int] = []
      var current = Int(label)
      while workspace.labels[current].arc >= 0 {
        arcs.append(Int(workspace.labels[current].arc))
        current = Int(workspace.labels[current].parent)
      }
      return FoundRoute(
        vector: workspace.labels[Int(label)].vector, arcs: arcs.reversed(),
        product: Int(workspace.labels[Int(label)].place.product))
    }
  }

  /// Where a label is: terminal, via layer, document context and product (its state, decoded).
  struct Place {
    var terminal: Int32
    var context: Int32
    var layer: Int32
    var product: Int32

    init(terminal: TerminalID, layer: Int, context: Int32, product: Int) {
      self.terminal = Int32(terminal.index)
      self.context = context
      self.layer = Int32(layer)
      self.product = Int32(product)
    }
  }

  /// A label: its criteria, its place and state, and the label and arc it was reached from (-1 at
  /// a source).
  struct Label {
    var vector: CriteriaVector
    var place: Place
    var state: Int32
    var parent: Int32
    var arc: Int32
  }
}
