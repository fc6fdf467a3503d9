extension LooplessRoutes {
  /// A spur search's answer: the arcs from its start to the destination, the route's criteria and
  /// its booking (index into `products`).
  struct Completion {
    var arcs: [ArcID]
    var vector: CriteriaVector
    var product: Int
  }

  /// The best completion under the objective from any of `starts` to the destination after every
  /// via city that meets every bound, enters no forbidden state nor any state twice, and does not
  /// leave a start by an arc in `excluded`; nil when there is none or the label budget is spent.
  mutating func bestCompletion(from starts: [Start], excluding excluded: Set<ArcID>) -> Completion? {
    let network = graph.network
    let layers = self.layers
    workspace.prepare(
      stateCount: network.terminalCount * space.perTerminal, terminalCount: network.terminalCount)
    let limit = min(search.configuration.maxLabels, budget.labels - labelsMade)
    defer { labelsMade += workspace.labels.count }
    for start in starts {
      guard push(start.state, at: start.terminal, parent: .none, arc: .invalid, limit: limit) else {
        return nil
      }
    }
    let searchBudget = search.configuration.searchBudget
    var popped = 0
    while let entry = workspace.queue.popMin() {
      popped &+= 1
      if popped & (LabelSearch.budgetInterval - 1) == 0, searchBudget?.exhausted != nil { return nil }
      let label = workspace.labels[entry.label.index]
      if workspace.settledDominates(Int(label.state), label.vector, mask: mask) { continue }
      workspace.settle(Int(label.state), label.vector)
      let place = label.place
      let terminal = Int(place.terminal)
      if Int(place.layer) == layers - 1 && isTarget[terminal] {
        return Completion(
          arcs: workspace.path(to: entry.label), vector: label.vector, product: Int(place.product))
      }
      let current = LabelState(
        vector: label.vector, context: place.context, layer: Int(place.layer), product: Int(place.product))
      for arc in network.arcs(from: TerminalID(terminal)) where graph.usable[arc] {
        if label.parent == .none && excluded.contains(ArcID(arc)) { continue }
        guard let next = extend(current, along: arc) else { continue }
        let head = network.arcHead[arc]
        guard !forbidden[head.index * layers + next.layer],
          !passes(entry.label, Int32(head.index), Int32(next.layer))
        else { continue }
        guard push(next, at: head, parent: entry.label, arc: ArcID(arc), limit: limit) else { return nil }
      }
    }
    return nil
  }

  /// Whether the label's path (from its start) is at `terminal` in `layer` already.
  private func passes(_ label: LabelSearch.LabelID, _ terminal: Int32, _ layer: Int32) -> Bool {
    var current = label
    while current != .none {
      let place = workspace.labels[current.index].place
      if place.terminal == terminal && place.layer == layer { return true }
      current = workspace.labels[current.index].parent
    }
    return false
  }

  /// Queues a spur label unless it is out of bounds or dominated; false past `limit` labels.
  private mutating func push(
    _ next: LabelState, at terminal: TerminalID, parent: LabelSearch.LabelID, arc: ArcID, limit: Int
  ) -> Bool {
    guard let f = search.estimate(next.vector, at: terminal.index), search.withinBounds(f) else {
      return true
    }
    let place = LabelSearch.Place(
      terminal: terminal, layer: next.layer, context: next.context, product: next.product)
    let index = space.state(place)
    if workspace.settledDominates(index, next.vector, mask: mask) { return true }
    guard workspace.labels.count < limit else { return false }
    workspace.labels.append(
      LabelSearch.Label(vector: next.vector, place: place, state: Int32(index), parent: parent, arc: arc))
    workspace.queue.insert(
      LabelSearch.QueueEntry(
        key: search.queueKey(f), label: LabelSearch.LabelID(workspace.labels.count - 1), state: Int32(index)))
    return true
  }
}
