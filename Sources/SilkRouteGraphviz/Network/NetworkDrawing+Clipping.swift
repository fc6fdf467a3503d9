extension NetworkDrawing {
  /// The nodes and edges inside `box` (points): nodes outside are left out, and an edge that
  /// leaves the box is cut at its border, where an invisible pinned node ends it. For a map
  /// zoomed on a route. Only meaningful on the `geo` layout, whose nodes are all pinned.
  static func clip(
    nodes allNodes: [DiagramGraph.Node], edges allEdges: [DiagramGraph.Edge], positions: [String: PlanePoint],
    to box: (min: PlanePoint, max: PlanePoint)
  ) -> (nodes: [DiagramGraph.Node], edges: [DiagramGraph.Edge]) {
    func inside(_ point: PlanePoint) -> Bool {
      point.x >= box.min.x && point.x <= box.max.x && point.y >= box.min.y && point.y <= box.max.y
    }
    var nodes = allNodes.filter { node in positions[node.id].map(inside) ?? false }
    var edges: [DiagramGraph.Edge] = []
    var cut = 0
    for edge in allEdges {
      guard let a = positions[edge.tail], let b = positions[edge.head] else { continue }
      if inside(a) && inside(b) {
        edges.append(edge)
        continue
      }
      guard let (t0, t1) = Self.clip(a, b, to: box) else { continue }
      var clippedEdge = edge
      // A new invisible node where the edge meets the box, at parameter `t` of a→b.
      func cutNode(at t: Double) -> String {
        let id = "clip:\(cut)"
        cut += 1
        nodes.append(
          Self.invisibleNode(id, at: PlanePoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)))
        return id
      }
      if !inside(a) {
        clippedEdge.tail = cutNode(at: t0)
        clippedEdge.attributes["tailclip"] = .literal("false")
      }
      if !inside(b) {
        clippedEdge.head = cutNode(at: t1)
        clippedEdge.attributes["headclip"] = .literal("false")
      }
      edges.append(clippedEdge)
    }
    return (nodes, edges)
  }

  static func invisibleNode(_ id: String, at position: PlanePoint) -> DiagramGraph.Node {
    DiagramGraph.Node(
      id: id,
      attributes: [
        "shape": .literal("point"), "width": .literal("0.01"), "style": .literal("invis"),
        "label": .literal(""),
        "pos": .literal(position.pinned),
      ])
  }

  /// Liang–Barsky: the parameters t0 ≤ t1 in 0…1 of the part of segment a→b inside `box`, or
  /// nil when it misses the box.
  static func clip(_ a: PlanePoint, _ b: PlanePoint, to box: (min: PlanePoint, max: PlanePoint)) -> (
    Double, Double
  )? {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var t0 = 0.0
    var t1 = 1.0
    for (p, q) in [
      (-dx, a.x - box.min.x), (dx, box.max.x - a.x), (-dy, a.y - box.min.y), (dy, box.max.y - a.y),
    ] {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 {
        if t > t1 { return nil }
        t0 = max(t0, t)
      } else {
        if t < t0 { return nil }
        t1 = min(t1, t)
      }
    }
    return t0 < t1 ? (t0, t1) : nil
  }
}
