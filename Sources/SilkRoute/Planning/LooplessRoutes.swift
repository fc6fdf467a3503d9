/// Every loopless route of a prepared query, one by one in the order of the objective's key on its
/// totals (ties in an arbitrary but fixed order): Yen's k shortest loopless paths (J. Y. Yen,
/// "Finding the K shortest loopless paths in a network", Management Science 17(11), 1971,
/// doi:10.1287/mnsc.17.11.712) with Lawler's saving (a route is spurred only from where it left
/// its parent), over the states the planner searches: terminal and via layer, the document
/// context and the booking (leg by leg, or one operator's through B/L).
///
/// A route is its sequence of arcs, booked the best way it may be. Loopless means no (terminal,
/// via layer) twice. Each spur search is an exact label-setting search (the planner's dominance,
/// bounds and lower bounds; `LabelSearch`'s relaxation) that starts from the end of a root — the
/// first arcs of a route found, replayed under every booking — may not enter the root's earlier
/// states, nor leave by an arc that a route found with the same root takes next, and stops at the
/// first destination label it settles: the best completion under the objective.
///
/// - Complexity: per route found, one spur search per state of it from where it deviates.
struct LooplessRoutes {
  /// When the enumeration stops early: routes handed out, and labels made by all spur searches.
  struct Budget {
    var routes = 400
    var labels = 4_000_000
  }

  struct Route {
    var path: PlannedPath
    var key: SearchKey
    /// The spur index it was found at (−1: from another source terminal).
    var deviation: Int
  }

  let graph: QueryGraph
  let search: LabelSearch
  let products: [LabelSearch.Product]
  let objective: Objective
  let layers: Int
  let contexts: Int
  let isTarget: [Bool]
  var budget: Budget
  private(set) var found: [Route] = []
  private var candidates: [Route] = []
  private var known: Set<[Int]> = []
  private var labelsMade = 0
  /// Whether the last route found has been spurred.
  private var spurred = false
  /// Per (terminal, layer): a state of the current root the spur path may not enter.
  private var forbidden: [Bool]
  private var workspace = LabelWorkspace()

  /// - Parameter first: the planner's best path for `graph` (`bestPath`), the first route.
  init(planner: RoutePlanner, graph: QueryGraph, first: PlannedPath, budget: Budget = Budget()) {
    let query = graph.query
    let simple = query.departure == nil && !query.constraints.hasBounds
    var search = planner.labelSearch(
      graph, criteria: simple ? RoutePlanner.priority(of: query.objective) : Criterion.standard)
    search.configuration.lexicographic = simple
    self.graph = graph
    self.search = search
    products = planner.products(graph)
    objective = query.objective
    layers = graph.via.count + 1
    contexts = products.contains { $0.mode != .ignore } ? graph.network.contextCount : 1
    var isTarget = [Bool](repeating: false, count: graph.network.terminalCount)
    for target in graph.targets { isTarget[target.index] = true }
    self.isTarget = isTarget
    self.budget = budget
    forbidden = [Bool](repeating: false, count: graph.network.terminalCount * layers)
    let product = products.firstIndex { $0.operatorIndex == first.operatorIndex } ?? 0
    let vector =
      first.arcs.first.flatMap { replay(first.arcs, from: graph.network.arcTail[$0], product: product) }?
      .vector
      ?? CriteriaVector()
    found = [Route(path: first, key: objective.key(vector.totals), deviation: -1)]
    known = [first.arcs]
  }

  /// The next loopless route after those handed out (the first is the one given to `init`, not
  /// handed out again), or nil when there is none or the budget is spent.
  mutating func next() -> PlannedPath? {
    // Spent or cancelled: no more routes (the answer then reports the budget's error).
    if search.configuration.searchBudget?.exhausted != nil { return nil }
    if !spurred {
      spur(found[found.count - 1])
      spurred = true
    }
    guard found.count < budget.routes,
      let index = candidates.indices.min(by: { candidates[$0].key < candidates[$1].key })
    else { return nil }
    let route = candidates.remove(at: index)
    found.append(route)
    spurred = false
    return route.path
  }

  /// Adds to the candidates the best route that leaves `route` at each index from its deviation
  /// on: the same source and first `i` arcs, then none of the next arcs taken by the routes found
  /// with that root (i = −1: another source terminal than the routes found start from).
  private mutating func spur(_ route: Route) {
    let arcs = route.path.arcs
    let network = graph.network
    guard let firstArc = arcs.first else { return }
    let source = network.arcTail[firstArc]
    for index in route.deviation..<arcs.count {
      guard labelsMade < budget.labels else { return }
      let root = index > 0 ? Array(arcs[0..<index]) : []
      var starts: [Start] = []
      var excluded = Set<Int>()
      if index < 0 {
        let usedSources = Set(found.compactMap { $0.path.arcs.first.map { network.arcTail[$0] } })
        for terminal in graph.sources where !usedSources.contains(terminal) {
          for product in products.indices {
            starts.append(Start(terminal: terminal, state: start(at: terminal, product: product)))
          }
        }
      } else {
        for other in found
        where other.path.arcs.first.map({ network.arcTail[$0] }) == source && other.path.arcs.count > index
          && other.path.arcs.starts(with: root)
        {
          excluded.insert(other.path.arcs[index])
        }
        for product in products.indices {
          if let state = replay(root, from: source, product: product) {
            starts.append(
              Start(terminal: index > 0 ? network.arcHead[root[index - 1]] : source, state: state))
          }
        }
      }
      // The root's states before the spur state are closed to the spur path.
      var layer = graph.advance(layer: 0, at: source)
      var closed: [Int] = []
      for arc in root {
        closed.append(network.arcTail[arc].index * layers + layer)
        layer = graph.advance(layer: layer, at: network.arcHead[arc])
      }
      for state in closed { forbidden[state] = true }
      let completion = bestCompletion(from: starts, excluding: excluded)
      for state in closed { forbidden[state] = false }
      guard let completion else { continue }
      let path = root + completion.arcs
      guard known.insert(path).inserted else { continue }
      candidates.append(
        Route(
          path: PlannedPath(arcs: path, operatorIndex: products[completion.product].operatorIndex),
          key: objective.key(completion.vector.totals), deviation: index))
    }
  }

  /// Where a spur search starts: a terminal, with what the root cost under one booking.
  struct Start {
    var terminal: TerminalID
    var state: LabelState
  }

  /// A label's criteria, document context, via layer and booking (index into `products`).
  struct LabelState {
    var vector: CriteriaVector
    var context: Int32
    var layer: Int
    var product: Int
  }

  /// The state at a source terminal before any arc, under `product`.
  func start(at terminal: TerminalID, product: Int) -> LabelState {
    var vector = CriteriaVector(cost: products[product].fee)
    if case .singleOperator = products[product].mode { vector.documents = 1 }
    return LabelState(
      vector: vector, context: DocumentContext.none, layer: graph.advance(layer: 0, at: terminal),
      product: product)
  }

  /// The state after `arcs` from `source` under `product`, or nil when that booking cannot carry
  /// them.
  func replay(_ arcs: [Int], from source: TerminalID, product: Int) -> LabelState? {
    var state = start(at: source, product: product)
    for arc in arcs {
      guard let next = extend(state, along: arc) else { return nil }
      state = next
    }
    return state
  }

  /// `state` after taking `arc`, or nil when its booking may not: `LabelSearch`'s relaxation.
  func extend(_ state: LabelState, along arc: Int) -> LabelState? {
    let network = graph.network
    let product = products[state.product]
    var next = state.vector
    var context = state.context
    var handling: Int64 = 0
    let service = Int(network.arcService[arc])
    if service >= 0 {
      if let owner = product.operatorIndex, !network.operatorContracts(owner, service: service) { return nil }
      next.legs += 1
      switch product.mode {
      case .ignore: break
      case .segmented:
        let step = DocumentContext.step(from: state.context, service: service, in: network)
        context = step.next
        if step.startsDocument {
          next.documents += 1
          if state.context != DocumentContext.none {
            next.cost += network.serviceNewDocumentCost[service]
            handling = network.serviceNewDocumentTime[service]
          }
        }
      case .singleOperator(let absorbs):
        let step = DocumentContext.step(from: state.context, service: service, in: network)
        if step.breaksRailRegime && !absorbs { return nil }
        context = step.next
      }
    } else {
      next.transfers += 1
    }
    let ready = search.configuration.departure.map { $0 + state.vector.time + handling }
    let step = graph.traverse(arc, readyAt: ready)
    next.cost += step.cost.rawValue
    next.time += step.time.rawValue + handling
    next.co2 += step.co2.rawValue
    return LabelState(
      vector: next, context: context, layer: graph.advance(layer: state.layer, at: network.arcHead[arc]),
      product: state.product)
  }

  struct Completion {
    var arcs: [Int]
    var vector: CriteriaVector
    var product: Int
  }

  /// The best completion under the objective from any of `starts` to the destination after every
  /// via city that meets every bound, enters no forbidden state nor any state twice, and does not
  /// leave a start by an arc in `excluded`; nil when there is none or the label budget is spent.
  private mutating func bestCompletion(from starts: [Start], excluding excluded: Set<Int>) -> Completion? {
    let network = graph.network
    let productCount = products.count
    let layers = self.layers
    let contexts = self.contexts
    workspace.prepare(
      stateCount: network.terminalCount * layers * contexts * productCount,
      terminalCount: network.terminalCount)
    let mask = search.mask
    let order = search.order
    func state(_ place: LabelSearch.Place) -> Int {
      ((Int(place.terminal) * layers + Int(place.layer)) * contexts + Int(place.context)) * productCount
        + Int(place.product)
    }
    func dominated(_ state: Int, _ vector: CriteriaVector) -> Bool {
      var entry = workspace.head(state)
      while entry >= 0 {
        if mask.dominates(workspace.settledVector[Int(entry)], vector) { return true }
        entry = workspace.settledNext[Int(entry)]
      }
      return false
    }
    /// Whether the label's path (from its start) is at `terminal` in `layer` already.
    func passes(_ label: Int32, _ terminal: Int32, _ layer: Int32) -> Bool {
      var current = label
      while current >= 0 {
        let place = workspace.labels[Int(current)].place
        if place.terminal == terminal && place.layer == layer { return true }
        current = workspace.labels[Int(current)].parent
      }
      return false
    }
    let limit = min(search.configuration.maxLabels, budget.labels - labelsMade)
    func push(_ next: LabelState, at terminal: TerminalID, parent: Int32, arc: Int32) -> Bool {
      guard let f = search.estimate(next.vector, at: terminal.index), search.withinBounds(f) else {
        return true
      }
      let place = LabelSearch.Place(
        terminal: terminal, layer: next.layer, context: next.context, product: next.product)
      let index = state(place)
      if dominated(index, next.vector) { return true }
      guard workspace.labels.count < limit else { return false }
      workspace.labels.append(
        LabelSearch.Label(vector: next.vector, place: place, state: Int32(index), parent: parent, arc: arc))
      workspace.queue.insert(
        LabelSearch.QueueEntry(
          key: (f[order[0]], f[order[1]], f[order[2]], f[order[3]], f[order[4]], f[order[5]]),
          label: Int32(workspace.labels.count - 1)))
      return true
    }
    defer { labelsMade += workspace.labels.count }
    for start in starts {
      guard push(start.state, at: start.terminal, parent: -1, arc: -1) else { return nil }
    }
    let searchBudget = search.configuration.searchBudget
    var popped = 0
    while let entry = workspace.queue.popMin() {
      popped &+= 1
      if popped & (LabelSearch.budgetInterval - 1) == 0, searchBudget?.exhausted != nil { return nil }
      let label = workspace.labels[Int(entry.label)]
      if dominated(Int(label.state), label.vector) { continue }
      workspace.settledNext.append(workspace.head(Int(label.state)))
      workspace.settledVector.append(label.vector)
      workspace.setHead(Int(label.state), Int32(workspace.settledVector.count - 1))
      let place = label.place
      let terminal = Int(place.terminal)
      if Int(place.layer) == layers - 1 && isTarget[terminal] {
        var arcs: [Int] = []
        var current = Int(entry.label)
        while workspace.labels[current].arc >= 0 {
          arcs.append(Int(workspace.labels[current].arc))
          current = Int(workspace.labels[current].parent)
        }
        return Completion(arcs: arcs.reversed(), vector: label.vector, product: Int(place.product))
      }
      let current = LabelState(
        vector: label.vector, context: place.context, layer: Int(place.layer), product: Int(place.product))
      for arc in network.arcs(from: TerminalID(terminal)) where graph.usable[arc] {
        if label.parent < 0 && excluded.contains(arc) { continue }
        guard let next = extend(current, along: arc) else { continue }
        let head = network.arcHead[arc]
        guard !forbidden[head.index * layers + next.layer],
          !passes(entry.label, Int32(head.index), Int32(next.layer))
        else { continue }
        guard push(next, at: head, parent: entry.label, arc: Int32(arc)) else { return nil }
      }
    }
    return nil
  }
}
