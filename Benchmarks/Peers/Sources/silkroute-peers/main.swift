import Foundation
import SilkRoute
import SilkRouteStore

// One-to-all Dijkstra with SilkRoute's `ScalarDijkstra` on a DIMACS .gr file, from the sources
// `../shared/peers/run.sh` wrote, printing the peers' format (ms/query, ns/arc, checksum = sum
// of the distances to nodes 1, 998, 1995, … that are reachable) so the lines compare directly.
//
//   cd Benchmarks/Peers && swift run -c release silkroute-peers FILE.gr FILE.sources.txt [--variants]
//
// `--variants` also runs the heap arities and node orders, to measure what each choice is worth.

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("silkroute-peers: \(message)\n".utf8))
  exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: silkroute-peers FILE.gr SOURCES.txt [--variants]") }
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

@MainActor func run(_ name: String, order: NodeOrder, arity: Int) {
  let built = ContinuousClock.now
  let scalar = ScalarGraph(
    nodeCount: graph.nodeCount, tails: graph.tails, heads: graph.heads, weights: weights, order: order)
  let buildTime = ContinuousClock.now - built
  let search = ScalarDijkstra(graph: scalar, arity: arity)
  search.oneToAll(from: sources[0])  // warm-up: page in the arrays
  var checksum: UInt64 = 0
  let start = ContinuousClock.now
  for source in sources {
    search.oneToAll(from: source)
    for node in stride(from: 0, to: graph.nodeCount, by: 997) {
      if let distance = search.distance(to: node) { checksum &+= distance }
    }
  }
  let seconds =
    Double((ContinuousClock.now - start).components.attoseconds) / 1e18
    + Double((ContinuousClock.now - start).components.seconds)
  let perQuery = seconds / Double(sources.count)
  print(
    name.padding(toLength: 22, withPad: " ", startingAt: 0)
      + String(
        format: " %9.3f ms/query %7.1f ns/arc  checksum=%llu", perQuery * 1e3,
        perQuery * 1e9 / Double(graph.arcCount), checksum)
      + "  (graph built in \(buildTime))")
}

run("silkroute-4ary", order: .identity, arity: 4)
if arguments.contains("--variants") {
  run("silkroute-2ary", order: .identity, arity: 2)
  run("silkroute-8ary", order: .identity, arity: 8)
  run("silkroute-4ary-bfs", order: .breadthFirst, arity: 4)
  run("silkroute-4ary-shuffled", order: .shuffled(seed: 1), arity: 4)
}
print("nodes=\(graph.nodeCount) arcs=\(graph.arcCount) queries=\(sources.count)")
