import Foundation
import SilkRoute
import SilkRouteGraphviz
import Testing

/// Names with quotes, angle brackets, entities, backslashes and newlines cannot break the DOT,
/// the SVG, or Graphviz's label escapes.
struct HostileNameTests {
  let network = HostileNetwork.network

  @Test(arguments: [DiagramLayout.geo, .dot, .neato])
  func svgStaysWellFormedAndShowsTheNamesAsWritten(layout: DiagramLayout) throws {
    let svg = try SVGDocument(
      NetworkDiagram.render(
        network: network, format: .svg, options: .init(layout: layout, title: HostileNetwork.names[2])))
    for city in network.data.cities {
      #expect(svg.hasText(HostileNetwork.shown(city.name)), "\(city.name.debugDescription) not shown as is")
    }
    #expect(svg.hasText(HostileNetwork.shown(HostileNetwork.names[2])))
    // Nothing in the data became markup.
    #expect(svg.elementNames.isDisjoint(with: ["script", "b", "port"]), "\(svg.elementNames)")
  }

  @Test(arguments: [DiagramLayout.geo, .dot])
  func dotParsesBack(layout: DiagramLayout) throws {
    let graph = try NetworkDiagram.graph(network: network, options: .init(layout: layout))
    let dot = try NetworkDiagram.render(network: network, format: .dot, options: .init(layout: layout))
    let summary = try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self))
    #expect(summary.nodes == graph.nodes.count)
    #expect(summary.edges == graph.edges.count)
  }

  @Test func bitmapAndPDFRender() throws {
    #expect(pngSize(try NetworkDiagram.render(network: network, format: .png)) != nil)
    #expect(try NetworkDiagram.render(network: network, format: .pdf).starts(with: Data("%PDF".utf8)))
  }

  @Test func routeOverHostileNamesRenders() throws {
    let itinerary = try RoutePlanner(network: network).route(RouteQuery(from: "port", to: "inland"))
    let svg = try SVGDocument(RouteDiagram.render(itinerary: itinerary, network: network, format: .svg))
    #expect(
      svg.texts.contains { $0.contains(SVGDocument.collapse(HostileNetwork.shown(HostileNetwork.names[0]))) })
    let dot = try RouteDiagram.render(itinerary: itinerary, network: network, format: .dot)
    _ = try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self))
  }
}
