import SilkRouteGraphviz
import Testing

/// A graph keeps its nodes' attribute values as given.
struct DiagramGraphTests {
  @Test func linesAreJoinedWithGraphvizLineBreaks() {
    let graph = DiagramGraph(nodes: [.init(id: "n", attributes: ["label": .lines(["a\\", "b"])])])
    #expect(graph.nodes[0].attributes["label"] == .lines(["a\\", "b"]))
  }
}
