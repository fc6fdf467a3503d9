/// The internal numbering of a `ScalarGraph`'s nodes. A search touches a node's distance, heap
/// slot and out-arcs; numbering nearby nodes close together keeps those in the same cache lines.
public enum NodeOrder: Sendable, Hashable {
  /// The caller's numbering.
  case identity
  /// Breadth-first from node 0 (then from each node not yet reached), following out-arcs in order:
  /// a locality order that needs no coordinates (Cuthill–McKee without the degree sort).
  case breadthFirst
  /// Along a Hilbert curve over each node's coordinates (degrees; parallel to the node ids).
  case hilbert(latitudes: [Double], longitudes: [Double])
  /// For a `TransportNetwork`: `hilbert` over the coordinates of each terminal's city.
  case geographic
  /// A seeded random shuffle: the worst case, to measure what locality is worth.
  case shuffled(seed: UInt64)

  /// `geographic` made concrete for `network`; other orders unchanged.
  func resolved(cityOf network: TransportNetwork) -> NodeOrder {
    guard case .geographic = self else { return self }
    // The hot coordinate arrays, not the city records (decoded on demand from a snapshot).
    return .hilbert(
      latitudes: network.terminalCity.map { network.cityLatitude[$0.index] },
      longitudes: network.terminalCity.map { network.cityLongitude[$0.index] })
  }

  /// The nodes in their new order: element `i` is the original id of internal node `i`.
  func permutation(nodeCount: Int, tails: [UInt32], heads: [UInt32]) -> [UInt32] {
    switch self {
    case .identity, .geographic:
      return (0..<UInt32(nodeCount)).map { $0 }
    case .shuffled(let seed):
      var generator = SplitMix64(seed: seed)
      return (0..<UInt32(nodeCount)).shuffled(using: &generator)
    case .hilbert(let latitudes, let longitudes):
      precondition(latitudes.count == nodeCount && longitudes.count == nodeCount, "one coordinate per node")
      let keys = (0..<nodeCount).map { Self.hilbertIndex(latitude: latitudes[$0], longitude: longitudes[$0]) }
      return (0..<UInt32(nodeCount)).sorted { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
    case .breadthFirst:
      return Self.breadthFirst(nodeCount: nodeCount, tails: tails, heads: heads)
    }
  }

  private static func breadthFirst(nodeCount: Int, tails: [UInt32], heads: [UInt32]) -> [UInt32] {
    var firstOut = [Int](repeating: 0, count: nodeCount + 1)
    for tail in tails { firstOut[Int(tail) + 1] += 1 }
    for node in 0..<nodeCount { firstOut[node + 1] += firstOut[node] }
    var next = firstOut
    var neighbours = [UInt32](repeating: 0, count: tails.count)
    for arc in tails.indices {
      neighbours[next[Int(tails[arc])]] = heads[arc]
      next[Int(tails[arc])] += 1
    }
    var order: [UInt32] = []
    order.reserveCapacity(nodeCount)
    var seen = [Bool](repeating: false, count: nodeCount)
    for root in 0..<nodeCount where !seen[root] {
      seen[root] = true
      var front = order.count
      order.append(UInt32(root))
      while front < order.count {
        let node = Int(order[front])
        front += 1
        for position in firstOut[node]..<firstOut[node + 1] where !seen[Int(neighbours[position])] {
          seen[Int(neighbours[position])] = true
          order.append(neighbours[position])
        }
      }
    }
    return order
  }

  /// The position along a Hilbert curve of order 16 over the (longitude, latitude) square.
  static func hilbertIndex(latitude: Double, longitude: Double) -> UInt64 {
    func cell(_ value: Double, _ low: Double, _ high: Double) -> UInt32 {
      guard value.isFinite else { return 0 }
      let unit = min(max((value - low) / (high - low), 0), 1)
      return UInt32(unit * 65_535)
    }
    var x = cell(longitude, -180, 180)
    var y = cell(latitude, -90, 90)
    var index: UInt64 = 0
    var side: UInt32 = 1 << 15
    while side > 0 {
      let rx: UInt32 = (x & side) > 0 ? 1 : 0
      let ry: UInt32 = (y & side) > 0 ? 1 : 0
      index += UInt64(side) * UInt64(side) * UInt64((3 * rx) ^ ry)
      // Rotate the quadrant so that the curve stays continuous (bits above `side` are spent).
      if ry == 0 {
        if rx == 1 {
          x = 65_535 - x
          y = 65_535 - y
        }
        swap(&x, &y)
      }
      side >>= 1
    }
    return index
  }
}
