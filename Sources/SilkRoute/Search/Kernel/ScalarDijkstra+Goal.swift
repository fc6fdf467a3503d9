extension ScalarDijkstra {
  /// A node's potential in the current goal-directed query (`at` is the query's timestamp).
  struct Potential {
    var value: UInt64
    var at: UInt32
  }

  /// As ``shortestPath(from:to:stop:)``, goal-directed: A* with the potentials of `landmarks`
  /// (built on this graph), so that it settles the nodes whose distance plus potential is below the
  /// target's instead of every node nearer than it. Exact: the potentials are consistent. Nodes
  /// that cannot reach a target (infinite potential) are never queued.
  ///
  /// With `stop` `.afterTies`, every node whose distance plus potential is at most the nearest
  /// target's distance is settled: every node on a shortest path to a nearest target among them.
  func shortestPath(from sources: [Int], to targets: [Int], stop: Stop, landmarks: Landmarks) -> Reached? {
    startQuery()
    let count = max(graph.nodeCount, 1)
    if potentials == nil {
      let buffer = UnsafeMutablePointer<Potential>.allocate(capacity: count)
      buffer.initialize(repeating: Potential(value: 0, at: 0), count: count)
      potentials = buffer
      goalHeap = .allocate()
    }
    guard let potentials, var queue = goalHeap else { return nil }
    defer { goalHeap = queue }
    queue.removeAll()
    let internalTargets = targets.map { Int(graph.internalNode[$0]) }
    for target in internalTargets { targetAt[target] = now }
    let goal = landmarks.goal(sources: sources, targets: targets)
    var settled = 0
    defer { settledCount = settled }
    let node: UInt32
    switch labels {
    case .wide(let labels):
      seed(sources, labels, &queue, potentials, landmarks, goal)
      node = goalSearch(labels, &queue, potentials, landmarks, goal, &settled, stop: stop)
    case .narrow(let labels):
      seed(sources, labels, &queue, potentials, landmarks, goal)
      node = goalSearch(labels, &queue, potentials, landmarks, goal, &settled, stop: stop)
    }
    guard node != ScalarGraph.invalid, let distance = distance(internal: Int(node)) else { return nil }
    return Reached(node: Int(graph.originalNode[Int(node)]), distance: distance)
  }

  private func seed<Distance>(
    _ sources: [Int], _ labels: UnsafeMutablePointer<Label<Distance>>, _ queue: inout RadixHeap<UInt64>,
    _ potentials: UnsafeMutablePointer<Potential>, _ landmarks: Landmarks, _ goal: Landmarks.Goal
  ) {
    for source in sources {
      let node = Int(graph.internalNode[source])
      guard labels[node].reachedAt != now else { continue }
      let potential = landmarks.potential(of: source, toward: goal)
      potentials[node] = Potential(value: potential, at: now)
      guard potential != .max else { continue }
      labels[node] = Label(distance: 0, reachedAt: now, parentArc: ScalarGraph.invalid)
      queue.insert(UInt32(node), key: potential)
    }
  }

  /// Settles nodes in the order of distance plus potential; returns the first target settled (or
  /// `invalid`).
  private func goalSearch<Distance>(
    _ labels: UnsafeMutablePointer<Label<Distance>>, _ queue: inout RadixHeap<UInt64>,
    _ potentials: UnsafeMutablePointer<Potential>, _ landmarks: Landmarks, _ goal: Landmarks.Goal,
    _ settled: inout Int, stop: Stop
  ) -> UInt32 {
    let now = self.now
    return graph.firstOut.withUnsafeBufferPointer { firstOut in
      graph.arcs.withUnsafeBufferPointer { arcs in
        graph.originalNode.withUnsafeBufferPointer { originalNode in
          var found = ScalarGraph.invalid
          var limit = UInt64.max
          while !queue.isEmpty {
            let top = queue.removeMin()
            if top.key > limit { return found }
            let node = Int(top.node)
            // Stale: queued again with a smaller distance (distances only fall strictly).
            if UInt64(labels[node].distance) &+ potentials[node].value != top.key { continue }
            settled += 1
            if stop != .never && found == ScalarGraph.invalid && targetAt[node] == now {
              if stop == .atTarget { return top.node }
              found = top.node
              // Targets have potential 0: the key is the distance.
              limit = top.key
            }
            let base = labels[node].distance
            for position in Int(firstOut[node])..<Int(firstOut[node + 1]) {
              let arc = arcs[position]
              let head = Int(arc.head)
              if potentials[head].at != now {
                let potential = landmarks.potential(of: Int(originalNode[head]), toward: goal)
                potentials[head] = Potential(value: potential, at: now)
              }
              let potential = potentials[head].value
              if potential == .max { continue }
              // Cannot overflow: narrow distances are used only below `graph.distanceBound`.
              let candidate = base &+ Distance(truncatingIfNeeded: arc.weight)
              let reached = labels[head]
              if reached.reachedAt != now || candidate < reached.distance {
                labels[head] = Label(
                  distance: candidate, reachedAt: now, parentArc: UInt32(truncatingIfNeeded: position))
                // Consistent potentials: never below the key just removed (the radix heap's rule).
                queue.insert(arc.head, key: UInt64(candidate) &+ potential)
              }
            }
          }
          return found
        }
      }
    }
  }
}
