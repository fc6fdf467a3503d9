/// What a node of a network or route diagram stands for, and its Graphviz node name: the one
/// place that writes and reads the names (`city:3`, `crossing:7`, `sea:Suez`, `air:2-9:4`, and
/// the route overlay's copies `route:city:3`, `doc:sea:Suez`).
///
/// Drawings keep node names (`String`) in their graphs, positions and paths, as Graphviz does;
/// they make them with `name` and ask what a name stands for with `init(name:)`.
enum DiagramNodeID: Hashable, Sendable {
  /// A city, by its index in the network's data.
  case city(Int)
  /// The marker of a land customs crossing, by its border crossing's index.
  case crossing(Int)
  /// A sea-lane waypoint, by name.
  case sea(String)
  /// A point of the great-circle path of the air link between cities `low` and `high` (indices,
  /// `low < high`), numbered from the `low` end.
  case air(low: Int, high: Int, step: Int)
  /// The route overlay's pinned copy of a base node, drawn over the faded network.
  indirect case route(DiagramNodeID)
  /// The route overlay's copy of a base node that carries the document bands (so that a band
  /// and a leg are never parallel edges, which Graphviz would bend apart).
  indirect case document(DiagramNodeID)
  /// A point or label of the map's graticule (`lat:40:w`, `lon:90:label`).
  case grid(String)
  /// Any other node (labels, stubs, clipping points), by its name.
  case other(String)

  /// The Graphviz node name.
  var name: String {
    switch self {
    case .city(let index): "city:\(index)"
    case .crossing(let index): "crossing:\(index)"
    case .sea(let waypoint): "sea:\(waypoint)"
    case .air(let low, let high, let step): "air:\(low)-\(high):\(step)"
    case .route(let base): "route:" + base.name
    case .document(let base): "doc:" + base.name
    case .grid(let point): "grid:\(point)"
    case .other(let name): name
    }
  }

  /// What the node named `name` stands for; a name no case makes is `.other`.
  init(name: String) {
    func rest(after prefix: String) -> Substring? {
      name.hasPrefix(prefix) ? name.dropFirst(prefix.count) : nil
    }
    if let base = rest(after: "route:") {
      self = .route(DiagramNodeID(name: String(base)))
    } else if let base = rest(after: "doc:") {
      self = .document(DiagramNodeID(name: String(base)))
    } else if let index = rest(after: "city:").flatMap({ Int($0) }) {
      self = .city(index)
    } else if let index = rest(after: "crossing:").flatMap({ Int($0) }) {
      self = .crossing(index)
    } else if let waypoint = rest(after: "sea:") {
      self = .sea(String(waypoint))
    } else if let air = rest(after: "air:"), let parsed = Self.air(air) {
      self = parsed
    } else if let point = rest(after: "grid:") {
      self = .grid(String(point))
    } else {
      self = .other(name)
    }
  }

  private static func air(_ text: Substring) -> DiagramNodeID? {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let step = Int(parts[1]) else { return nil }
    let cities = parts[0].split(separator: "-")
    guard cities.count == 2, let low = Int(cities[0]), let high = Int(cities[1]) else { return nil }
    return .air(low: low, high: high, step: step)
  }

  /// The base node a route or document copy stands for; the node itself otherwise.
  var base: DiagramNodeID {
    switch self {
    case .route(let base), .document(let base): base.base
    default: self
    }
  }

  /// A city's node (not a copy).
  var isCity: Bool {
    if case .city = self { return true }
    return false
  }

  /// A land customs crossing's marker (not a copy).
  var isCrossing: Bool {
    if case .crossing = self { return true }
    return false
  }

  /// A point or label of the graticule.
  var isGrid: Bool {
    if case .grid = self { return true }
    return false
  }

  /// A point along a sea lane or an air path: an open end where an edge must not be clipped.
  var isWaypoint: Bool {
    switch self {
    case .sea, .air: true
    default: false
    }
  }
}
