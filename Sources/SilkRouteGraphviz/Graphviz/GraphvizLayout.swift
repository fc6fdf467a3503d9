import CGraphviz
import Foundation

/// Owns the layout of a graph (`gvLayout`), freed with `gvFreeLayout` in `deinit`; keeps its
/// context and graph alive until then. Use only inside `GraphvizLock.withLock`.
final class GraphvizLayout {
  let context: GraphvizContext
  let graph: CGraph
  let engine: String

  init(context: GraphvizContext, graph: CGraph, engine: String) throws(GraphvizError) {
    GraphvizMessages.begin()
    let status = gvLayout(context.handle, graph.handle, engine)
    // Graphviz reports some errors (a malformed HTML-like label) and carries on with a stand-in;
    // a diagram that silently lost its legend is a failure too.
    if status != 0 || GraphvizMessages.lastError() != nil {
      let message = GraphvizMessages.lastError() ?? "gvLayout() returned an error"
      if status == 0 {
        let freed = gvFreeLayout(context.handle, graph.handle)
        assert(freed == 0, "gvFreeLayout failed with \(freed)")
      }
      throw .layout(engine: engine, message: message)
    }
    self.context = context
    self.graph = graph
    self.engine = engine
  }

  deinit {
    GraphvizLock.withLock {
      let status = gvFreeLayout(context.handle, graph.handle)
      assert(status == 0, "gvFreeLayout failed with \(status)")
    }
  }

  /// The laid-out graph in `format` (`svg`, `png`, `pdf`, `dot`…), rendered to memory.
  func render(format: String) throws(GraphvizError) -> Data {
    GraphvizMessages.begin()
    var bytes: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = gvRenderData(context.handle, graph.handle, format, &bytes, &length)
    defer { if let bytes { gvFreeRenderData(bytes) } }
    guard status == 0, GraphvizMessages.lastError() == nil else {
      throw .render(
        format: format, message: GraphvizMessages.lastError() ?? "gvRenderData() returned an error")
    }
    guard let bytes, length > 0 else {
      throw .render(format: format, message: GraphvizMessages.lastError() ?? "Graphviz returned no data")
    }
    return Data(bytes: bytes, count: Int(length))
  }
}
