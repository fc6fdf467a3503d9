import Foundation
import SilkRouteGraphviz
import Testing

/// The wrapper around libgvc: formats, error capture, the lock.
struct GraphvizRendererTests {
  static let triangle = DiagramGraph(
    name: "triangle", directed: true,
    nodes: [
      .init(id: "a", attributes: ["label": .text("Alpha")]),
      .init(id: "b", attributes: ["label": .text("Beta")]),
      .init(id: "c", attributes: ["label": .text("Gamma")]),
    ],
    edges: [.init(tail: "a", head: "b"), .init(tail: "b", head: "c"), .init(tail: "c", head: "a")])

  @Test func svgIsWellFormedAndNamesEveryNode() throws {
    let svg = try SVGDocument(GraphvizRenderer.render(Self.triangle, engine: .dot, format: .svg))
    for name in ["Alpha", "Beta", "Gamma"] { #expect(svg.hasText(name)) }
  }

  @Test func pngHasASignatureAndAPlausibleSize() throws {
    let png = try GraphvizRenderer.render(Self.triangle, engine: .neato, format: .png)
    let size = try #require(pngSize(png))
    #expect(size.width > 50 && size.width < 1000 && size.height > 50 && size.height < 1000)
  }

  @Test func pdfStartsWithItsMagicNumber() throws {
    let pdf = try GraphvizRenderer.render(Self.triangle, engine: .fdp, format: .pdf)
    #expect(pdf.starts(with: Data("%PDF".utf8)))
  }

  @Test func dotParsesBackThroughCgraph() throws {
    let dot = try GraphvizRenderer.render(Self.triangle, engine: .dot, format: .dot)
    let summary = try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self))
    #expect(summary == DOTSummary(nodes: 3, edges: 3, directed: true))
  }

  @Test func everyLayoutEngineAndFormatIsThere() throws {
    let capabilities = try GraphvizRenderer.capabilities()
    for engine in LayoutEngine.allCases { #expect(capabilities.layouts.contains(engine.rawValue)) }
    for format in RenderFormat.allCases { #expect(capabilities.formats.contains(format.rawValue)) }
  }

  @Test func cgraphSyntaxErrorsBecomeSwiftErrorsWithGraphvizText() {
    #expect {
      try GraphvizRenderer.parse(dot: "digraph {\n a -> \n")
    } throws: { error in
      guard case .parse(let message) = error as? GraphvizError else { return false }
      return message.contains("syntax error")
    }
  }

  @Test func layoutAndRenderErrorsCarryGraphvizsOwnMessage() {
    #expect {
      try GraphvizRenderer.render(Self.triangle, engineName: "no-such-layout", formatName: "svg")
    } throws: { error in
      guard case .layout(_, let message) = error as? GraphvizError else { return false }
      return message.contains("no-such-layout") && message.contains("not recognized")
        && message.contains("neato")
    }
    #expect {
      try GraphvizRenderer.render(Self.triangle, engineName: "dot", formatName: "no-such-format")
    } throws: { error in
      guard case .render(_, let message) = error as? GraphvizError else { return false }
      return message.contains("renderer for no-such-format is unavailable")
    }
  }

  @Test func aMalformedHTMLLabelIsAnErrorNotASilentStandIn() {
    // Graphviz reports it and draws the node's name instead; the wrapper refuses the result.
    var graph = Self.triangle
    graph.nodes[0].attributes["label"] = .html("<TABLE><TR><TD>unclosed")
    #expect {
      try GraphvizRenderer.render(graph, engine: .dot, format: .svg)
    } throws: { error in
      guard case .layout(_, let message) = error as? GraphvizError else { return false }
      return message.contains("mismatched tag") && message.contains("in label of node a")
    }
    // The next render is not affected by the earlier error.
    #expect((try? GraphvizRenderer.render(Self.triangle, engine: .dot, format: .svg)) != nil)
  }

  @Test func anEdgeToAMissingNodeIsAnError() {
    var graph = Self.triangle
    graph.edges.append(.init(tail: "a", head: "nowhere"))
    #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(graph, engine: .dot, format: .svg) }
  }

  @Test func manyTasksRenderAtOnce() async throws {
    let expected = try GraphvizRenderer.render(Self.triangle, engine: .neato, format: .svg)
    let results = try await withThrowingTaskGroup(of: Data.self) { group in
      for index in 0..<48 {
        group.addTask {
          let engine: LayoutEngine = [.dot, .neato, .fdp, .sfdp][index % 4]
          let format: RenderFormat = [.svg, .png, .pdf, .dot][index / 4 % 4]
          _ = try GraphvizRenderer.render(Self.triangle, engine: engine, format: format)
          return try GraphvizRenderer.render(Self.triangle, engine: .neato, format: .svg)
        }
      }
      var all: [Data] = []
      for try await data in group { all.append(data) }
      return all
    }
    #expect(results.count == 48)
    #expect(results.allSatisfy { $0 == expected })
  }
}
