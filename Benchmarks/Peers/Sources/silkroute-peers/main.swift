import Foundation
import SilkRoute
import SilkRouteStore

// One-to-all Dijkstra with SilkRoute's `ScalarDijkstra` on a DIMACS .gr file, from the sources
// `../shared/peers/run.sh` wrote, printing the peers' format (ms/query, ns/arc, checksum = sum
// of the distances to nodes 1, 998, 1995, … that are reachable) so the lines compare directly.
//
//   cd Benchmarks/Peers && swift run -c release silkroute-peers FILE.gr FILE.sources.txt [--variants] [--rounds R] [--network DB]
//
// The first line is the default configuration (`ScalarDijkstra.Queue.default`, breadth-first
// order, parallel arcs reduced). `--variants` also runs the queues, heap arities, node orders and
// the graph with every parallel arc, to measure what each choice is worth; `--rounds R` repeats
// every variant R times, round-robin, and prints the median (and the minimum).

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("silkroute-peers: \(message)\n".utf8))
  exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
  fail("usage: silkroute-peers FILE.gr SOURCES.txt [--variants] [--rounds R] [--network DB]")
}
let graph: DIMACSGraph
do { graph = try DIMACSGraph.read(arguments[0]) } catch { fail("\(error)") }
guard let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
  fail("cannot read \(arguments[1])")
}
var sources: [Int] = []
for (line, word) in text.split(whereSeparator: \.isWhitespace).enumerated() {
  guard let id = Int(word), (1...graph.nodeCount).contains(id) else {
    fail("\(arguments[1]):\(line + 1): not a node id in 1...\(graph.nodeCount): \(word)")
  }
  sources.append(id - 1)
}
guard !sources.isEmpty else { fail("\(arguments[1]): no sources") }
let weights = graph.weights.map { UInt32(truncatingIfNeeded: $0) }  // read as 0...2^32 − 1

/// One configuration of graph and search, built before any is timed.
struct Variant {
  var name: String
  var search: ScalarDijkstra
  var buildTime: Duration
  var perQuery: [Double] = []
  var checksum: UInt64 = 0
}

@MainActor func variant(
  _ name: String, order: NodeOrder, queue: ScalarDijkstra.Queue,
  parallelArcs: ScalarGraph.ParallelArcs = .keepShortest,
  distances: ScalarDijkstra.DistanceWidth = .narrowWhenSafe
) -> Variant {
  let built = ContinuousClock.now
  let scalar = ScalarGraph(
    nodeCount: graph.nodeCount, tails: graph.tails, heads: graph.heads, weights: weights, order: order,
    parallelArcs: parallelArcs)
  let search = ScalarDijkstra(graph: scalar, queue: queue, distances: distances)
  return Variant(name: name, search: search, buildTime: ContinuousClock.now - built)
}

/// Times the queries once; returns ms per query and the checksum.
@MainActor func measure(_ search: ScalarDijkstra) -> (perQuery: Double, checksum: UInt64) {
  search.oneToAll(from: sources[0])  // warm-up: page in the arrays, grow the radix heap's buckets
  var checksum: UInt64 = 0
  let start = ContinuousClock.now
  for source in sources {
    search.oneToAll(from: source)
    for node in stride(from: 0, to: graph.nodeCount, by: 997) {
      if let distance = search.distance(to: node) { checksum &+= distance }
    }
  }
  let elapsed = ContinuousClock.now - start
  let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
  return (seconds / Double(sources.count), checksum)
}

let rounds =
  arguments.firstIndex(of: "--rounds").flatMap { index in
    arguments.indices.contains(index + 1) ? Int(arguments[index + 1]) : nil
  } ?? 1
var variants = [variant("silkroute", order: .breadthFirst, queue: .default)]
if arguments.contains("--variants") {
  for order in [NodeOrder.identity, .breadthFirst] {
    let suffix = order == .identity ? "" : "-bfs"
    for arity in [2, 4, 8] {
      variants.append(variant("silkroute-\(arity)ary\(suffix)", order: order, queue: .heap(arity: arity)))
    }
    variants.append(variant("silkroute-radix\(suffix)", order: order, queue: .radix))
    variants.append(variant("silkroute-radix-wide\(suffix)", order: order, queue: .radix, distances: .wide))
    variants.append(
      variant("silkroute-4ary-wide\(suffix)", order: order, queue: .heap(arity: 4), distances: .wide))
    variants.append(
      variant("silkroute-4ary-allarcs\(suffix)", order: order, queue: .heap(arity: 4), parallelArcs: .keepAll)
    )
    variants.append(
      variant("silkroute-radix-allarcs\(suffix)", order: order, queue: .radix, parallelArcs: .keepAll))
  }
  variants.append(variant("silkroute-radix-shuffled", order: .shuffled(seed: 1), queue: .radix))
}
// Round-robin, so that a noisy moment on a shared machine spreads over all variants.
for _ in 0..<max(rounds, 1) {
  for index in variants.indices {
    let (perQuery, checksum) = measure(variants[index].search)
    variants[index].perQuery.append(perQuery)
    variants[index].checksum = checksum
  }
}
func report(_ variants: [Variant]) {
  for variant in variants {
    let times = variant.perQuery.sorted()
    let median = times[times.count / 2]
    print(
      variant.name.padding(toLength: 30, withPad: " ", startingAt: 0)
        + String(
          format: " %9.3f ms/query %7.1f ns/arc  checksum=%llu", median * 1e3,
          median * 1e9 / Double(graph.arcCount), variant.checksum)
        + (times.count > 1
          ? String(format: "  (median of %d rounds, min %.3f)", times.count, times[0] * 1e3) : "")
        + "  [\(variant.search.graph.arcCount) arcs stored, built in \(variant.buildTime)]")
  }
}
report(variants)
print("nodes=\(graph.nodeCount) arcs=\(graph.arcCount) queries=\(sources.count)")

// `--network DB`: the same queries on the network the .gr was exported from (terminals in data
// order), through `ScalarGraph(network:)`, to compare the node orders that need coordinates.
// Transit times as `data export --format dimacs --weight time` (zero weights stay zero there).
if let index = arguments.firstIndex(of: "--network"), arguments.indices.contains(index + 1) {
  let network: TransportNetwork
  do { network = try NetworkStore(path: arguments[index + 1]).loadNetwork() } catch { fail("\(error)") }
  guard network.terminalCount == graph.nodeCount else { fail("the network does not have the .gr's nodes") }
  let model = CargoCostModel(network: network, cargo: .containers(1, .feu))
  var networkVariants: [Variant] = []
  for (name, order) in [
    ("identity", NodeOrder.identity), ("bfs", .breadthFirst), ("geographic", .geographic),
  ] {
    let built = ContinuousClock.now
    guard
      let scalar = ScalarGraph(
        network: network, order: order, weight: { model.weight(of: $0)?.time.rawValue })
    else { fail("weights do not fit 32 bits") }
    networkVariants.append(
      Variant(
        name: "network-radix-\(name)", search: ScalarDijkstra(graph: scalar),
        buildTime: ContinuousClock.now - built))
  }
  for _ in 0..<max(rounds, 1) {
    for index in networkVariants.indices {
      let (perQuery, checksum) = measure(networkVariants[index].search)
      networkVariants[index].perQuery.append(perQuery)
      networkVariants[index].checksum = checksum
    }
  }
  report(networkVariants)
}
