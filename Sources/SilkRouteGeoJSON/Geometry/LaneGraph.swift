/// The lanes as an adjacency list over waypoint indices, weighted by great-circle kilometres.
struct LaneGraph: Sendable {
  let index: [String: Int]
  let neighbours: [[(node: Int, km: Double)]]

  init() {
    var index: [String: Int] = [:]
    for (position, waypoint) in SeaLanes.waypoints.enumerated() { index[waypoint.name] = position }
    var neighbours = [[(node: Int, km: Double)]](repeating: [], count: SeaLanes.waypoints.count)
    for lane in SeaLanes.lanes {
      for (a, b) in zip(lane, lane.dropFirst()) {
        guard let i = index[a], let j = index[b] else { continue }
        let km = SeaLanes.waypoints[i].point.distance(to: SeaLanes.waypoints[j].point)
        neighbours[i].append((j, km))
        neighbours[j].append((i, km))
      }
    }
    self.index = index
    self.neighbours = neighbours
  }

  /// The waypoints a port is reached from, with the distance to each.
  func access(city: String, point: GeoPoint) -> [(node: Int, cost: Double)] {
    let listed = (SeaLanes.portAccess[city] ?? []).compactMap { index[$0] }
    let nodes =
      listed.isEmpty
      ? SeaLanes.waypoints.indices.min { a, b in
        SeaLanes.waypoints[a].point.distance(to: point) < SeaLanes.waypoints[b].point.distance(to: point)
      }.map { [$0] } ?? []
      : listed
    return nodes.map { ($0, SeaLanes.waypoints[$0].point.distance(to: point)) }
  }

  struct Search {
    var distance: [Double]
    var parent: [Int]

    /// The nodes from the nearest source to `node`, both included.
    func path(to node: Int) -> [Int] {
      var nodes = [node]
      var current = node
      while parent[current] >= 0 {
        current = parent[current]
        nodes.append(current)
      }
      return nodes.reversed()
    }
  }

  /// Dijkstra from several sources, each with a starting distance. O(w²): w is small.
  func shortestPaths(from sources: [(node: Int, cost: Double)]) -> Search {
    var search = Search(
      distance: [Double](repeating: .infinity, count: neighbours.count),
      parent: [Int](repeating: -1, count: neighbours.count))
    var settled = [Bool](repeating: false, count: neighbours.count)
    for source in sources where source.cost < search.distance[source.node] {
      search.distance[source.node] = source.cost
    }
    while true {
      var best = -1
      for node in neighbours.indices where !settled[node] && search.distance[node].isFinite {
        if best < 0 || search.distance[node] < search.distance[best] { best = node }
      }
      guard best >= 0 else { break }
      settled[best] = true
      for (next, km) in neighbours[best] where search.distance[best] + km < search.distance[next] {
        search.distance[next] = search.distance[best] + km
        search.parent[next] = best
      }
    }
    return search
  }
}
