import SilkRoute
import SilkRouteGeoJSON

extension NetworkDrawing {
  /// How far from the nearest city a sea lane of the faded network under a route is still drawn.
  static let seaMarginKm = 3_000.0

  /// What is left of a map after the far sea lanes are trimmed.
  struct Trimmed {
    var nodes: [DiagramGraph.Node]
    var edges: [DiagramGraph.Edge]
    var bounds: (min: PlanePoint, max: PlanePoint)?
    /// Positions of every node left, stubs included.
    var positions: [String: PlanePoint]
    /// Whether any lane was cut.
    var trimmed: Bool
  }

  /// The map without the sea-lane waypoints farther than `maximumKm` from every drawn city (a
  /// detour round the Cape of Good Hope would otherwise shrink the map of Eurasia to a corner).
  /// Each lane that runs out to such a waypoint ends in a short stub pointing where it goes,
  /// with a note: "via the Cape of Good Hope" when a service along it passes the Cape.
  /// - Parameter keeping: waypoints to keep however far they are (those of a route drawn on top).
  func trimmingFarSeaLanes(maximumKm: Double, keeping: Set<String> = []) -> Trimmed {
    let cityPoints = selected.cities.map { network.records.cities[$0].point }
    var far = Set<String>()
    for id in positions.keys where !keeping.contains(id) {
      guard case .sea(let name) = DiagramNodeID(name: id), let waypoint = SeaLanes.waypoint(named: name)
      else { continue }
      if !cityPoints.contains(where: { $0.distance(to: waypoint.point) <= maximumKm }) { far.insert(id) }
    }
    var kept = positions.filter { !far.contains($0.key) }
    guard !far.isEmpty else {
      return Trimmed(nodes: nodes, edges: edges, bounds: bounds, positions: positions, trimmed: false)
    }

    var trimmedNodes = nodes.filter { !far.contains($0.id) }
    var trimmedEdges: [DiagramGraph.Edge] = []
    var stubs = 0
    for edge in edges {
      let tailFar = far.contains(edge.tail)
      let headFar = far.contains(edge.head)
      if !tailFar && !headFar {
        trimmedEdges.append(edge)
        continue
      }
      guard tailFar != headFar else { continue }
      let (near, away) = tailFar ? (edge.head, edge.tail) : (edge.tail, edge.head)
      guard let from = positions[near], let to = positions[away] else { continue }
      let length = max(from.distance(to: to), 1)
      let direction = PlanePoint(x: (to.x - from.x) / length, y: (to.y - from.y) / length)
      let stub = PlanePoint(x: from.x + direction.x * 28, y: from.y + direction.y * 28)
      let stubID = "stub:\(stubs)"
      stubs += 1
      trimmedNodes.append(Self.invisibleNode(stubID, at: stub))
      kept[stubID] = stub
      var stubEdge = edge
      if tailFar {
        stubEdge.tail = stubID
        stubEdge.attributes["tailclip"] = .literal("false")
      } else {
        stubEdge.head = stubID
        stubEdge.attributes["headclip"] = .literal("false")
      }
      trimmedEdges.append(stubEdge)
      // The note, beyond the stub.
      let passages = Set(servicesAlong(near, away).flatMap { network.records.services[$0].passages })
      let text = passages.contains("cape") ? "via the Cape of Good Hope" : "lane continues beyond the map"
      let notePosition = PlanePoint(x: from.x + direction.x * 62, y: from.y + direction.y * 62 - 6)
      trimmedNodes.append(
        DiagramGraph.Node(
          id: "stub-note:\(stubs)",
          attributes: [
            "shape": .literal("plaintext"), "style": .literal(""), "fixedsize": .literal("false"),
            "width": .literal("0.3"), "height": .literal("0.2"), "label": .text(text),
            "fontsize": .literal("9"), "fontcolor": .literal(MapPalette.colour(of: .sea)),
            "fontname": .literal("Helvetica-Oblique"), "pos": .literal(notePosition.pinned),
          ]))
      kept["stub-note:\(stubs)"] = notePosition
    }
    var low = PlanePoint(x: .infinity, y: .infinity)
    var high = PlanePoint(x: -.infinity, y: -.infinity)
    for point in kept.values {
      low = PlanePoint(x: min(low.x, point.x), y: min(low.y, point.y))
      high = PlanePoint(x: max(high.x, point.x), y: max(high.y, point.y))
    }
    return Trimmed(
      nodes: trimmedNodes, edges: trimmedEdges, bounds: low.x.isFinite ? (low, high) : nil, positions: kept,
      trimmed: true)
  }

  /// The services whose chain runs directly between nodes `a` and `b`, either way.
  func servicesAlong(_ a: String, _ b: String) -> [Int] {
    servicePaths.compactMap { index, chain in
      zip(chain, chain.dropFirst()).contains { ($0 == a && $1 == b) || ($0 == b && $1 == a) } ? index : nil
    }
  }
}
