import CGraphviz
import Foundation

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
  case dot, neato, fdp, sfdp, circo, twopi
}

/// An output format Graphviz renders in-process.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf
  /// DOT with the computed layout (positions, spline control points), readable by any
  /// Graphviz tool; `neato -n2` redraws it unchanged.
  case dot

  /// The format a file name's extension asks for (`.svg`, `.png`, `.pdf`, `.dot`/`.gv`).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    default: return nil
    }
  }

  /// Whether the output is text (SVG, DOT) rather than binary (PNG, PDF).
  public var isText: Bool { self == .svg || self == .dot }
}

/// What a DOT text holds, once cgraph has read it.
public struct DOTSummary: Hashable, Sendable {
  public var nodes: Int
  public var edges: Int
  public var directed: Bool

  public init(nodes: Int, edges: Int, directed: Bool) {
    self.nodes = nodes
    self.edges = edges
    self.directed = directed
  }
}

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
