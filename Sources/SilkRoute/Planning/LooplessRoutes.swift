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
  /// The search's dominance test.
  let mask: DominanceMask
  let products: [BookingProduct]
  let objective: Objective
  /// How the spur searches number their states (as the label search does).
  let space: LabelSearch.StateSpace
  var layers: Int { space.layers }
  let isTarget: [Bool]
  var budget: Budget
  private(set) var found: [Route] = []
  private var candidates: [Route] = []
  private var known: Set<[ArcID]> = []
  /// Labels made by the spur searches so far.
  var labelsMade = 0
  /// Whether the last route found has been spurred.
  private var spurred = false
  /// Per (terminal, layer): a state of the current root the spur path may not enter.
  var forbidden: [Bool]
  /// The spur searches' buffers.
  var workspace = LabelWorkspace()

  /// - Parameters:
  ///   - configurator: sets up the search for the best route (the planner's, with its budget).
  ///   - first: the planner's best path for `graph` (`bestPath`), the first route.
  init(
    graph: QueryGraph, configurator: LabelSearchConfigurator, first: PlannedPath, budget: Budget = Budget()
  ) {
    let query = graph.query
    self.graph = graph
    search = configurator.bestRouteSearch(graph)
    mask = search.mask
    products = BookingProduct.products(for: graph)
    objective = query.objective
    let contexts = products.contains { $0.mode != .ignore } ? graph.network.contextCount : 1
    let layers = graph.via.count + 1
    space = LabelSearch.StateSpace(layers: layers, contexts: contexts, products: products.count)
    var isTarget = [Bool](repeating: false, count: graph.network.terminalCount)
    for target in graph.targets { isTarget[target.index] = true }
    self.isTarget = isTarget
    self.budget = budget
    forbidden = [Bool](repeating: false, count: graph.network.terminalCount * layers)
    let product = products.firstIndex { $0.operatorIndex == first.operatorIndex } ?? 0
    let vector =
      first.arcs.first.flatMap {
        replay(first.arcs, from: graph.network.arcTail[$0.index], product: product)
      }?
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
    let source = network.arcTail[firstArc.index]
    for index in route.deviation..<arcs.count {
      guard labelsMade < budget.labels else { return }
      let root = index > 0 ? Array(arcs[0..<index]) : []
      var starts: [Start] = []
      var excluded = Set<ArcID>()
      if index < 0 {
        let usedSources = Set(found.compactMap { $0.path.arcs.first.map { network.arcTail[$0.index] } })
        for terminal in graph.sources where !usedSources.contains(terminal) {
          for product in products.indices {
            starts.append(Start(terminal: terminal, state: start(at: terminal, product: product)))
          }
        }
      } else {
        for other in found
        where other.path.arcs.first.map({ network.arcTail[$0.index] }) == source
          && other.path.arcs.count > index
          && other.path.arcs.starts(with: root)
        {
          excluded.insert(other.path.arcs[index])
        }
        for product in products.indices {
          if let state = replay(root, from: source, product: product) {
            starts.append(
              Start(terminal: index > 0 ? network.arcHead[root[index - 1].index] : source, state: state))
          }
        }
      }
      // The root's states before the spur state are closed to the spur path.
      var layer = graph.advance(layer: 0, at: source)
      var closed: [Int] = []
      for arc in root {
        closed.append(network.arcTail[arc.index].index * layers + layer)
        layer = graph.advance(layer: layer, at: network.arcHead[arc.index])
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
  func replay(_ arcs: [ArcID], from source: TerminalID, product: Int) -> LabelState? {
    var state = start(at: source, product: product)
    for arc in arcs {
      guard let next = extend(state, along: arc.index) else { return nil }
      state = next
    }
    return state
  }

  /// `state` after taking `arc`, or nil when its booking may not: `LabelSearch`'s relaxation.
  @inline(__always) func extend(_ state: LabelState, along arc: Int) -> LabelState? {
    guard
      let next = search.relax(
        state.vector, context: state.context, along: arc, product: products[state.product])
    else { return nil }
    return LabelState(
      vector: next.vector, context: next.context,
      layer: graph.advance(layer: state.layer, at: graph.network.arcHead[arc]), product: state.product)
  }
}
