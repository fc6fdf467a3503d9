extension LabelSearch {
  /// One run of a label search over its products: what is fixed for the run (the state numbering,
  /// the dominance tests, which products pay for new documents) and the steps of the search as
  /// methods on it, each given the run's workspace. Everything here is the hot loop: keep it
  /// `@inline(__always)`, free of allocation and of copies of the graph.
  struct Run {
    let search: LabelSearch
    let network: TransportNetwork
    let products: [BookingProduct]
    let space: StateSpace
    let mask: DominanceMask
    /// One or three and more dominance dimensions: the settled lists are truncated to their front
    /// in all but the first (see `LabelWorkspace.settle(_:_:truncating:)`) with this mask, and so
    /// are the groups' mature labels. With two, only the last label settled is compared;
    /// lexicographic mode keeps one label per state.
    let truncating: DominanceMask?
    /// Across document contexts (see `ContextDominance`): a label is also dominated by a settled
    /// label of another context at the same terminal, layer and product, once that one is charged
    /// the most its context can cost more on the way on. Lexicographic mode keeps one label per
    /// state and needs none of this.
    let acrossContexts: Bool
    /// Per product: whether it pays for each new document (booked leg by leg).
    let charged: [Bool]
    let charges: NextDocumentCharges
    // Labels leave the queue in order of f, led by the first dominance dimension, and h is
    // consistent: every label settled at a state, and every target label, is at most a new label
    // in that dimension. With two dominance dimensions (BOA*) each label settled has a smaller
    // second than those before it, so only the last one settled can dominate: O(1) checks instead
    // of scans. With three, the target labels are checked in the other two only, against their
    // two-dimensional Pareto staircase: O(log n).
    let twoDimensional: Bool
    let threeDimensional: Bool
    let first: CriteriaVector.Dimension
    let second: CriteriaVector.Dimension
    let third: CriteriaVector.Dimension
    /// Set for an ε-approximate front: applied to an estimate before the targets are tested.
    let relaxation: TargetRelaxation?
    /// The labels the search may create: its memory (`maxLabels` labels of
    /// `SearchLimits.bytesPerLabel`) in labels of its own size, which keep no settled copy with
    /// two criteria.
    let labelLimit: Int
    /// Two criteria and one document context: a label taken from the queue is tested on its entry
    /// (``dominatedAtPop(_:in:)``) before it is read.
    let quickTest: Bool
    /// Whether an ε-approximate front relaxes the second criterion.
    let relaxesSecond: Bool

    init(search: LabelSearch, products: [BookingProduct]) {
      self.search = search
      network = search.graph.network
      self.products = products
      let contexts = products.contains { $0.mode != .ignore } ? network.contextCount : 1
      space = StateSpace(layers: search.layers, contexts: contexts, products: products.count)
      mask = search.mask
      let configuration = search.configuration
      truncating =
        !configuration.lexicographic && configuration.dominance.count != 2
        ? DominanceMask(Array(configuration.dominance.dropFirst())) : nil
      acrossContexts = !configuration.lexicographic && contexts > 1
      charged = products.map { $0.mode == .segmented }
      charges = network.nextDocumentCharges
      let dimensions = configuration.dominance.count
      twoDimensional = !configuration.lexicographic && dimensions == 2
      threeDimensional = !configuration.lexicographic && dimensions == 3
      first = dimensions > 0 ? configuration.dominance[0] : .cost
      second = dimensions > 1 ? configuration.dominance[1] : .cost
      third = dimensions > 2 ? configuration.dominance[2] : .cost
      labelLimit =
        twoDimensional
        ? SearchLimits.labels(
          inMemoryOf: configuration.maxLabels, bytesPerLabel: SearchLimits.bytesPerTwoCriteriaLabel)
        : configuration.maxLabels
      quickTest = twoDimensional && !acrossContexts
      relaxesSecond = configuration.approximated.contains(second)
      relaxation =
        configuration.lexicographic
        ? nil : configuration.epsilon.map { TargetRelaxation($0, dimensions: configuration.approximated) }
    }

    /// Sizes and resets `workspace` for this run.
    func prepare(_ workspace: inout LabelWorkspace) {
      workspace.prepare(
        stateCount: network.terminalCount * space.perTerminal, terminalCount: network.terminalCount)
      if acrossContexts {
        workspace.prepareGroups(count: network.terminalCount * space.layers * products.count * 2)
      }
    }

    /// Whether a label settled at `state`, or (across contexts) one of its group, dominates `vector`
    /// (whose estimate is `f`).
    @inline(__always) func dominatedBySettled(
      _ place: Place, _ state: Int, _ vector: CriteriaVector, _ f: CriteriaVector,
      in workspace: LabelWorkspace
    ) -> Bool {
      if twoDimensional {
        if workspace.settledDominates(state, second: f[second]) { return true }
      } else if workspace.settledDominates(state, vector, mask: mask) {
        return true
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
      return dominatedByGroup(space.group(place, kind), target, in: workspace)
    }

    /// Whether a label of `group` dominates `target`.
    ///
    /// A group's labels are settled at one terminal, so in queue order: nondecreasing in the first
    /// dominance criterion. With two criteria, then, the walk from the newest label stops at the
    /// first one at most `target` in the first: it and every older label are, and the least second
    /// criterion among them (kept per entry) decides. Only the labels within a document's charge
    /// of the newest are looked at, not the whole group (which grows with the front: at 20,000
    /// terminals the full scan took most of the search).
    @inline(__always) func dominatedByGroup(
      _ group: Int, _ target: CriteriaVector, in workspace: LabelWorkspace
    )
      -> Bool
    {
      var entry = workspace.groupHead(group)
      if twoDimensional {
        while entry >= 0 {
          let index = Int(entry)
          if workspace.groupFirst[index] <= target[first] {
            return workspace.groupLeastSecond[index] <= target[second]
          }
          entry = workspace.groupNext[index]
        }
        return false
      }
      return workspace.groupDominates(group, target, mask: mask, rest: truncating ?? mask)
    }

    /// The most a label compared against `place`'s groups is charged in the first dominance
    /// dimension (see `dominatedBySettled`): a group's labels this far below its newest are mature.
    @inline(__always) func window(_ place: Place) -> Int64 {
      guard charged[Int(place.product)] else { return 0 }
      switch first {
      case .cost: return charges.dearest(at: Int(place.terminal)).cost
      case .time: return charges.dearest(at: Int(place.terminal)).time
      case .documents: return 1
      case .co2, .legs, .transfers: return 0
      }
    }

    /// Adds a settled label to a group of its terminal.
    @inline(__always) func join(
      _ group: Int, _ place: Place, _ vector: CriteriaVector, in workspace: inout LabelWorkspace
    ) {
      if twoDimensional {
        workspace.appendToGroup(group, first: vector[first], second: vector[second])
      } else {
        workspace.appendToGroup(group, vector, first: first, window: window(place), rest: truncating ?? mask)
      }
    }

    /// Records `vector` (whose estimate is `f`) as settled at `state`, and in its groups across
    /// contexts.
    @inline(__always) func settle(
      _ place: Place, _ state: Int, _ vector: CriteriaVector, _ f: CriteriaVector,
      in workspace: inout LabelWorkspace
    ) {
      if twoDimensional {
        workspace.settle(state, second: f[second])
      } else if let truncating {
        workspace.settle(state, vector, truncating: truncating)
      } else {
        workspace.settle(state, vector)
      }
      guard acrossContexts else { return }
      let context = place.context
      let railLeaves = charges.railLeaves(Int(place.terminal))
      if ContextDominance.joinsCarrierGroup(context, railLeaves: railLeaves) {
        join(space.group(place, ContextDominance.carrierGroup), place, vector, in: &workspace)
      }
      if context == DocumentContext.railBoth {
        join(space.group(place, ContextDominance.railGroup), place, vector, in: &workspace)
      }
    }

    /// Whether a label settled at the state of `entry`, or a target label, dominates it: in a
    /// two-criteria search, its key's second criterion decides (every label settled before it,
    /// there or at a target, is at most it in the first). `LabelWorkspace.settledSecond` holds
    /// estimates, equal to the criteria but for the state's lower bound.
    @inline(__always) func dominatedAtPop(_ entry: QueueEntry, in workspace: LabelWorkspace) -> Bool {
      let f2 = entry.key.1
      if workspace.settledDominates(Int(entry.state), second: f2) { return true }
      guard let target = workspace.targets.last else { return false }
      return target[second] <= (relaxesSecond ? relaxation.map { $0.epsilon.relaxed(f2) } ?? f2 : f2)
    }

    /// Whether a settled target label dominates the estimate `f` (comes within 1 + E of it, for an
    /// ε-approximate front). With two or three dimensions the first needs no test: every target
    /// settled so far is at most `f` in it (and so at most (1 + E) · f).
    @inline(__always) func dominatedByTarget(_ f: CriteriaVector, in workspace: LabelWorkspace) -> Bool {
      let f = relaxation.map { $0.apply(f) } ?? f
      if twoDimensional { return workspace.targets.last.map { mask.dominates($0, f) } ?? false }
      if threeDimensional { return workspace.targetStaircase.covers(f[second], f[third]) }
      return workspace.targets.contains { mask.dominates($0, f) }
    }

    /// Queues a label unless it is out of bounds or dominated; false when the label limit is hit.
    @inline(__always) func push(
      _ place: Place, _ vector: CriteriaVector, parent: LabelID, arc: ArcID,
      in workspace: inout LabelWorkspace
    ) -> Bool {
      guard let f = search.estimate(vector, at: Int(place.terminal)), search.withinBounds(f) else {
        return true
      }
      let state = space.state(place)
      if dominatedBySettled(place, state, vector, f, in: workspace) { return true }
      if dominatedByTarget(f, in: workspace) { return true }
      let made = Label(vector: vector, place: place, state: Int32(state), parent: parent, arc: arc)
      workspace.labelsMade &+= 1
      let label: LabelID
      if let free = workspace.freeLabels.popLast() {
        label = free
        workspace.labels[free.index] = made
      } else {
        guard workspace.labels.count < labelLimit else { return false }
        label = LabelID(workspace.labels.count)
        workspace.labels.append(made)
      }
      workspace.queue.insert(QueueEntry(key: search.queueKey(f), label: label, state: Int32(state)))
      return true
    }

    /// Queues a label at every source terminal under every product (an operator's through B/L
    /// starts with its fee and its one document).
    ///
    /// - Throws: `RoutingError.searchTooLarge` past the label limit.
    func pushSources(_ workspace: inout LabelWorkspace) throws(RoutingError) {
      let graph = search.graph
      for (index, product) in products.enumerated() {
        var start = CriteriaVector(cost: product.fee)
        if case .singleOperator = product.mode { start.documents = 1 }
        for source in graph.sources {
          let place = Place(
            terminal: source, layer: graph.advance(layer: 0, at: source), context: DocumentContext.none,
            product: index)
          guard push(place, start, parent: .none, arc: .invalid, in: &workspace) else {
            throw .searchTooLarge(labels: search.configuration.maxLabels)
          }
        }
      }
    }

    /// What `settleAll` found, and why it stopped before the queue ran empty (nil: it did not).
    struct Settled {
      /// The target labels, in settling order.
      var found: [LabelID] = []
      /// The label limit or the budget's error, when one stopped the search.
      var stopped: RoutingError?
      /// The first queue-key criterion of the last label taken from the queue: every target label
      /// below it in that criterion has been found (labels leave the queue in its order).
      var frontier: Int64 = 0
      var statistics = SearchStatistics()
    }

    /// The hot loop: takes labels from the queue in order of f, settles those no settled label
    /// dominates and relaxes each arc out of them (``relax(_:context:along:product:)``), until the
    /// queue is empty — or, in lexicographic mode, until the first target label — or until the
    /// label limit or the budget stops it (`Settled.stopped`), with the targets found so far.
    func settleAll(_ workspace: inout LabelWorkspace) -> Settled {
      let configuration = search.configuration
      let searchBudget = configuration.searchBudget
      let lastLayer = space.layers - 1
      var settled = Settled()
      var popped = 0
      while let entry = workspace.queue.popMin() {
        popped &+= 1
        if popped & (LabelSearch.budgetInterval - 1) == 0, let searchBudget {
          do throws(RoutingError) {
            try searchBudget.check()
          } catch {
            settled.stopped = error
            return settled
          }
        }
        settled.frontier = entry.key.0
        let state = Int(entry.state)
        // A label discarded here is no route's parent: its slot takes the next label made. A
        // two-criteria search without contexts decides from the entry alone.
        if quickTest && dominatedAtPop(entry, in: workspace) {
          workspace.freeLabels.append(entry.label)
          continue
        }
        let label = workspace.labels[entry.label.index]
        let vector = label.vector
        let place = label.place
        guard let f = search.estimate(vector, at: Int(place.terminal)),
          quickTest
            || !dominatedBySettled(place, state, vector, f, in: workspace)
              && !dominatedByTarget(f, in: workspace)
        else {
          workspace.freeLabels.append(entry.label)
          continue
        }
        settle(place, state, vector, f, in: &workspace)
        settled.statistics.labelsSettled += 1
        if Int(place.layer) == lastLayer && workspace.isTarget[Int(place.terminal)] {
          workspace.targets.append(vector)
          if threeDimensional { workspace.targetStaircase.insert(vector[second], vector[third]) }
          settled.found.append(entry.label)
          if configuration.lexicographic { break }
          continue
        }
        settled.statistics.labelsExpanded += 1
        guard expand(label, entry.label, in: &workspace) else {
          settled.stopped = .searchTooLarge(labels: configuration.maxLabels)
          return settled
        }
      }
      return settled
    }

    /// Pushes the label reached along each usable arc out of `label`'s terminal that its product
    /// may take; false when the label limit is hit.
    @inline(__always) func expand(_ label: Label, _ id: LabelID, in workspace: inout LabelWorkspace) -> Bool {
      let place = label.place
      let product = products[Int(place.product)]
      let layer = Int(place.layer)
      for arc in network.arcs(from: TerminalID(rawValue: place.terminal)) where search.graph.usable[arc] {
        guard let next = search.relax(label.vector, context: place.context, along: arc, product: product)
        else { continue }
        let head = network.arcHead[arc]
        let nextPlace = Place(
          terminal: head, layer: search.graph.advance(layer: layer, at: head), context: next.context,
          product: Int(place.product))
        guard push(nextPlace, next.vector, parent: id, arc: ArcID(arc), in: &workspace) else { return false }
      }
      return true
    }
  }
}
