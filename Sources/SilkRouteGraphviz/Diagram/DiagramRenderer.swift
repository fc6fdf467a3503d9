import Foundation

/// Lays out, renders and writes a diagram's graph: the one implementation behind
/// `NetworkDiagram` and `RouteDiagram`'s `render` and `write`.
enum DiagramRenderer {
  /// `graph` sized for `format` (a PNG `pixelWidth` pixels wide, else at 96 dpi), laid out by
  /// `layout`'s engine and rendered.
  ///
  /// - Throws: `DiagramError.graphviz` when Graphviz fails.
  static func render(
    _ graph: DiagramGraph, layout: DiagramLayout, format: RenderFormat, pixelWidth: Int?
  ) throws(DiagramError) -> Data {
    var graph = graph
    DiagramCanvas.size(&graph, format: format, pixelWidth: pixelWidth)
    do {
      return try GraphvizRenderer.render(graph, engine: layout.engine, format: format)
    } catch {
      throw .graphviz(error)
    }
  }

  /// Writes into the file at `path` what `render` gives in `format`, or in the format the path's
  /// extension names (`.svg`, `.png`, `.pdf`, `.dot`).
  ///
  /// - Throws: `DiagramError.unknownFormat` for an extension no format has, or what `render` and
  ///   writing the file throw.
  static func write(
    to path: String, format: RenderFormat?, render: (RenderFormat) throws(DiagramError) -> Data
  ) throws(DiagramError) {
    let format = try DiagramCanvas.format(format, path: path)
    try DiagramCanvas.write(try render(format), to: path)
  }
}
