import CGraphviz
import Foundation

/// Renders diagrams through the Graphviz C libraries, in-process. Safe to call from any thread
/// or task: every call runs under one process-wide lock (libgvc is not thread-safe), so
/// concurrent renders queue rather than run in parallel.
public enum GraphvizRenderer {
  /// `graph` laid out by `engine` and rendered as `format`.
  ///
  /// - Throws: `GraphvizError` with Graphviz's own message.
  public static func render(_ graph: DiagramGraph, engine: LayoutEngine, format: RenderFormat)
    throws(GraphvizError) -> Data
  {
    try GraphvizLock.withLock { () throws(GraphvizError) -> Data in
      let context = try GraphvizContext()
      try context.requireLayout(engine.rawValue)
      try context.requireFormat(format.rawValue)
      return try render(graph, in: context, engine: engine.rawValue, format: format.rawValue)
    }
  }

  /// `graph` laid out by the engine and rendered in the format Graphviz knows by these names,
  /// without checking them first: Graphviz's own message says what is wrong.
  package static func render(_ graph: DiagramGraph, engineName: String, formatName: String)
    throws(GraphvizError) -> Data
  {
    try GraphvizLock.withLock { () throws(GraphvizError) -> Data in
      try render(graph, in: try GraphvizContext(), engine: engineName, format: formatName)
    }
  }

  private static func render(
    _ graph: DiagramGraph, in context: GraphvizContext, engine: String, format: String
  )
    throws(GraphvizError) -> Data
  {
    let cgraph = try CGraph(graph)
    let layout = try GraphvizLayout(context: context, graph: cgraph, engine: engine)
    return try layout.render(format: format)
  }

  /// Reads `dot` with cgraph (`agmemread`).
  ///
  /// - Throws: `GraphvizError.parse` with cgraph's message (`syntax error in line 3 …`).
  public static func parse(dot: String) throws(GraphvizError) -> DOTSummary {
    try GraphvizLock.withLock { () throws(GraphvizError) -> DOTSummary in
      let graph = try CGraph(parsing: dot)
      return DOTSummary(nodes: graph.nodeCount, edges: graph.edgeCount, directed: graph.isDirected)
    }
  }

  /// The layout engines and output formats this process's Graphviz offers.
  public static func capabilities() throws(GraphvizError) -> (layouts: [String], formats: [String]) {
    try GraphvizLock.withLock { () throws(GraphvizError) -> ([String], [String]) in
      let context = try GraphvizContext()
      let formats = Set(
        context.pluginNames(of: "device").map { String($0.split(separator: ":").first ?? "") })
      return (context.pluginNames(of: "layout"), formats.sorted())
    }
  }
}
