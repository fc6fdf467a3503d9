/// Lower bounds of cost, time and CO2 from every terminal to the destination: one-to-all Dijkstra
/// runs on the kernel's reversed graphs of the usable arcs (static weights; waiting and document
/// breaks only add).
public struct LowerBounds: Sendable {
  public let cost: [Int64]
  public let time: [Int64]
  public let co2: [Int64]

  /// - Parameter criteria: the criteria to bound; the others get 0 (still admissible and
  ///   consistent). A lexicographic search needs only its primary criterion bounded. Unreachable
  ///   terminals get `Int64.max` in every bounded criterion.
  public init(graph: QueryGraph, criteria: [Criterion] = Criterion.standard) {
    let zeros = [Int64](repeating: 0, count: graph.network.terminalCount)
    func bounds(_ criterion: Criterion) -> [Int64] {
      criteria.contains(criterion) ? Self.reverseDistances(graph, criterion) : zeros
    }
    cost = bounds(.cost)
    time = bounds(.time)
    co2 = bounds(.co2)
  }

  /// Distances to the nearest target in `criterion` (`Int64.max` where none is reachable): a
  /// multi-source one-to-all search from the targets on the reversed kernel graph, whose weights
  /// above 2³² − 1 are clamped (lower, so still admissible and consistent). Kept with the shared
  /// graphs for the next query to the same targets.
  static func reverseDistances(_ graph: QueryGraph, _ criterion: Criterion) -> [Int64] {
    graph.targetDistances(criterion) { search(graph, criterion) }
  }

  private static func search(_ graph: QueryGraph, _ criterion: Criterion) -> [Int64] {
    let count = graph.network.terminalCount
    guard let kernel = graph.boundGraph(criterion) else {
      return [Int64](repeating: 0, count: count)
    }
    let targets = graph.targets.map(\.index)
    return kernel.withSearch { search in
      search.oneToAll(from: targets)
      return [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
        for node in 0..<count {
          // A distance is below n · 2³² (the graph's bound): it fits in Int64.
          buffer[node] = search.distance(to: node).map { Int64($0) } ?? .max
        }
        initialized = count
      }
    }
  }
}
