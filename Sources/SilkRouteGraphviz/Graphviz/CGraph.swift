import CGraphviz
import Foundation

/// Owns a cgraph root graph (`Agraph_t`), closed in `deinit`. Create, use and release it only
/// inside `GraphvizLock.withLock`.
final class CGraph {
  let handle: UnsafeMutablePointer<Agraph_t>

  /// An empty graph.
  init(name: String, directed: Bool) throws(GraphvizError) {
    GraphvizMessages.begin()
    guard let graph = silkroute_agopen(name, directed ? 1 : 0) else {
      throw .graph(GraphvizMessages.lastError() ?? "agopen() returned no graph")
    }
    handle = graph
  }

  /// The graph written in `dot` (DOT language).
  init(parsing dot: String) throws(GraphvizError) {
    GraphvizMessages.begin()
    guard let graph = agmemread(dot) else {
      throw .parse(GraphvizMessages.lastError() ?? "agmemread() returned no graph")
    }
    handle = graph
  }

  /// The graph `diagram` describes.
  convenience init(_ diagram: DiagramGraph) throws(GraphvizError) {
    try self.init(name: diagram.name, directed: diagram.directed)
    let graphKind = silkroute_kind_graph()
    let nodeKind = silkroute_kind_node()
    let edgeKind = silkroute_kind_edge()
    for entry in diagram.nodeDefaults { try declare(entry, kind: nodeKind) }
    for entry in diagram.edgeDefaults { try declare(entry, kind: edgeKind) }
    for entry in diagram.attributes { try set(entry, on: UnsafeMutableRawPointer(handle), kind: graphKind) }
    var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    nodes.reserveCapacity(diagram.nodes.count)
    for node in diagram.nodes {
      guard let created = silkroute_agnode(handle, node.id) else {
        throw .graph(GraphvizMessages.lastError() ?? "agnode() failed for node \(node.id)")
      }
      nodes[node.id] = created
      for entry in node.attributes { try set(entry, on: UnsafeMutableRawPointer(created), kind: nodeKind) }
    }
    for edge in diagram.edges {
      guard let tail = nodes[edge.tail], let head = nodes[edge.head] else {
        throw .graph("edge \(edge.tail) – \(edge.head) names a node that is not in the graph")
      }
      guard let created = silkroute_agedge(handle, tail, head) else {
        throw .graph(GraphvizMessages.lastError() ?? "agedge() failed for \(edge.tail) – \(edge.head)")
      }
      for entry in edge.attributes { try set(entry, on: UnsafeMutableRawPointer(created), kind: edgeKind) }
    }
  }

  deinit {
    GraphvizLock.withLock {
      let status = agclose(handle)
      assert(status == 0, "agclose failed with \(status)")
    }
  }

  var nodeCount: Int { Int(agnnodes(handle)) }
  var edgeCount: Int { Int(agnedges(handle)) }
  var isDirected: Bool { agisdirected(handle) != 0 }

  /// Declares an attribute for every node or edge, with its default value.
  private func declare(_ entry: DiagramAttributes.Entry, kind: Int32) throws(GraphvizError) {
    let value = entry.value.graphvizValue
    guard !value.isHTML else { throw .graph("default \(entry.name) cannot be an HTML-like label") }
    guard silkroute_agattr_default(handle, kind, entry.name, value.value) == 0 else {
      throw .graph(GraphvizMessages.lastError() ?? "agattr() failed for default \(entry.name)")
    }
  }

  private func set(_ entry: DiagramAttributes.Entry, on object: UnsafeMutableRawPointer, kind: Int32)
    throws(GraphvizError)
  {
    let value = entry.value.graphvizValue
    guard silkroute_agset(handle, object, kind, entry.name, value.value, value.isHTML ? 1 : 0) == 0 else {
      throw .graph(GraphvizMessages.lastError() ?? "could not set attribute \(entry.name)")
    }
  }
}
