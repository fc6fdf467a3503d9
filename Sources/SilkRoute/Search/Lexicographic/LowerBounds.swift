/// Lower bounds of cost, time and CO2 from every terminal to the destination: one-to-all Dijkstra
/// runs on the reversed usable arcs (static weights; waiting and document breaks only add).
public struct LowerBounds: Sendable {
  public let cost: [Int64]
  public let time: [Int64]
  public let co2: [Int64]

  /// - Parameter criteria: the criteria to bound; the others get 0 (still admissible and
  ///   consistent). A lexicographic search needs only its primary criterion bounded. Reachability
  ///   (`Int64.max`) is taken from the first criterion computed.
  public init(graph: QueryGraph, criteria: [Criterion] = Criterion.standard) {
    let count = graph.network.terminalCount
    let zeros = [Int64](repeating: 0, count: count)
    var heap = IndexedHeap.allocate(capacity: count, arity: 4)
    defer { heap.deallocate() }
    func bounds(_ criterion: Criterion, _ weight: (RouteTotals) -> Int64) -> [Int64] {
      criteria.contains(criterion) ? Self.reverseDistances(graph, heap: &heap, weight) : zeros
    }
    cost = bounds(.cost) { $0.cost.rawValue }
    time = bounds(.time) { $0.time.rawValue }
    co2 = bounds(.co2) { $0.co2.rawValue }
  }

  /// One-to-all Dijkstra on reversed usable arcs from the destination terminals.
  static func reverseDistances(
    _ graph: QueryGraph, heap: inout IndexedHeap, _ weight: (RouteTotals) -> Int64
  ) -> [Int64] {
    let network = graph.network
    var distance = [Int64](repeating: .max, count: network.terminalCount)
    heap.removeAll()
    for target in graph.targets where distance[target.index] != 0 {
      distance[target.index] = 0
      heap.insert(UInt32(target.index), key: 0)
    }
    network.firstIn.withUnsafeBufferPointer { firstIn in
      network.inArc.withUnsafeBufferPointer { inArc in
        graph.usable.withUnsafeBufferPointer { usable in
          graph.weight.withUnsafeBufferPointer { weights in
            network.arcTail.withUnsafeBufferPointer { arcTail in
              distance.withUnsafeMutableBufferPointer { distance in
                while !heap.isEmpty {
                  let entry = heap.removeMin()
                  let node = Int(entry.node)
                  let base = Int64(entry.key)
                  for position in Int(firstIn[node])..<Int(firstIn[node + 1]) {
                    let arc = Int(inArc[position])
                    guard usable[arc] else { continue }
                    let tail = arcTail[arc].index
                    let candidate = base + weight(weights[arc])
                    if candidate < distance[tail] {
                      if distance[tail] == .max {
                        heap.insert(UInt32(tail), key: UInt64(candidate))
                      } else {
                        heap.decrease(UInt32(tail), to: UInt64(candidate))
                      }
                      distance[tail] = candidate
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return distance
  }
}
