import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// What every diagram shares: graph attributes per layout, the graticule of a map, sizing, files.
enum DiagramCanvas {
  /// - Parameter bounds: the area the graticule of a `geo` map covers, in points.
  static func graph(
    name: String, layout: DiagramLayout, legend: DiagramLegend, bounds: (min: PlanePoint, max: PlanePoint)?,
    nodes: [DiagramGraph.Node], edges: [DiagramGraph.Edge]
  ) -> DiagramGraph {
    var attributes: DiagramAttributes = [
      "fontname": .literal(DiagramStyle.font), "bgcolor": .literal("white"), "pad": .literal("0.3"),
      "label": .html(legend.html), "labelloc": .literal("b"), "labeljust": .literal("l"),
      "outputorder": .literal("edgesfirst"),
    ]
    var nodeDefaults: DiagramAttributes = [
      "fontname": .literal(DiagramStyle.font), "fontsize": .literal("10"),
      "fontcolor": .literal(DiagramStyle.ink),
      "style": .literal("filled"), "penwidth": .literal("0.8"),
    ]
    let edgeDefaults: DiagramAttributes = [
      "fontname": .literal(DiagramStyle.font), "fontsize": .literal("10"), "arrowhead": .literal("none"),
    ]
    var background: [DiagramGraph.Node] = []
    var backgroundEdges: [DiagramGraph.Edge] = []
    switch layout {
    case .geo:
      attributes["inputscale"] = .literal("72")
      attributes["splines"] = .literal("false")
      attributes["overlap"] = .literal("true")
      attributes["forcelabels"] = .literal("true")
      nodeDefaults["shape"] = .literal("circle")
      nodeDefaults["fixedsize"] = .literal("true")
      if let bounds {
        (background, backgroundEdges) = graticule(bounds: bounds)
        attributes["_background"] = .literal(BasemapLayer.xdot(Basemap.bundled, box: mapBox(bounds)))
      }
    case .dot:
      attributes["rankdir"] = .literal("LR")
      attributes["nodesep"] = .literal("0.2")
      attributes["ranksep"] = .literal("0.7")
      nodeDefaults["shape"] = .literal("box")
      nodeDefaults["style"] = .literal("rounded,filled")
    case .neato, .fdp, .sfdp, .radial:
      attributes["overlap"] = .literal("false")
      attributes["sep"] = .literal("+6")
      attributes["splines"] = .literal("true")
      nodeDefaults["shape"] = .literal("box")
      nodeDefaults["style"] = .literal("rounded,filled")
      if layout == .sfdp { attributes["overlap"] = .literal("prism") }
      if layout == .radial { attributes["ranksep"] = .literal("1.5") }
    }
    return DiagramGraph(
      name: name, directed: false, attributes: attributes, nodeDefaults: nodeDefaults,
      edgeDefaults: edgeDefaults,
      nodes: background + nodes, edges: backgroundEdges + edges)
  }

  /// The area the graticule and the basemap cover: `bounds` and a margin, in points.
  static func mapBox(_ bounds: (min: PlanePoint, max: PlanePoint)) -> (min: PlanePoint, max: PlanePoint) {
    let margin = 24.0
    return (
      PlanePoint(x: bounds.min.x - margin, y: bounds.min.y - margin),
      PlanePoint(x: bounds.max.x + margin, y: bounds.max.y + margin)
    )
  }

  /// Parallels every 10° and meridians every 10° across the drawing, as straight lines
  /// between invisible pinned nodes, with their degrees written at the left and bottom.
  static func graticule(bounds: (min: PlanePoint, max: PlanePoint)) -> (
    [DiagramGraph.Node], [DiagramGraph.Edge]
  ) {
    let projection = GeoProjection()
    let (low, high) = mapBox(bounds)
    let degreeX = cos(projection.standardParallel * .pi / 180) * projection.scale
    var nodes: [DiagramGraph.Node] = []
    var edges: [DiagramGraph.Edge] = []
    func grid(_ id: String) -> String { DiagramNodeID.grid(id).name }
    func point(_ id: String, _ at: PlanePoint) { nodes.append(NetworkDrawing.invisibleNode(id, at: at)) }
    func label(_ id: String, _ text: String, _ at: PlanePoint) {
      nodes.append(
        DiagramGraph.Node(
          id: id,
          attributes: [
            "shape": .literal("plaintext"), "style": .literal(""), "fixedsize": .literal("false"),
            "width": .literal("0.3"), "height": .literal("0.2"), "label": .text(text),
            "fontsize": .literal("8"), "fontcolor": .literal(DiagramStyle.graticuleText),
            "pos": .literal(at.pinned),
          ]))
    }
    let lineAttributes: DiagramAttributes = [
      "color": .literal(DiagramStyle.graticule), "penwidth": .literal("0.6"), "tailclip": .literal("false"),
      "headclip": .literal("false"),
    ]
    var latitude = (low.y / projection.scale / 10).rounded(.up) * 10
    while latitude * projection.scale <= high.y {
      let y = latitude * projection.scale
      let id = "lat:\(Int(latitude))"
      point(grid(id + ":w"), PlanePoint(x: low.x, y: y))
      point(grid(id + ":e"), PlanePoint(x: high.x, y: y))
      edges.append(
        DiagramGraph.Edge(tail: grid(id + ":w"), head: grid(id + ":e"), attributes: lineAttributes))
      let name = latitude == 0 ? "0°" : "\(Int(abs(latitude)))°\(latitude > 0 ? "N" : "S")"
      label(grid(id + ":label"), name, PlanePoint(x: low.x - 14, y: y))
      latitude += 10
    }
    var longitude = (low.x / degreeX / 10).rounded(.up) * 10
    while longitude * degreeX <= high.x {
      let x = longitude * degreeX
      let id = "lon:\(Int(longitude))"
      point(grid(id + ":s"), PlanePoint(x: x, y: low.y))
      point(grid(id + ":n"), PlanePoint(x: x, y: high.y))
      edges.append(
        DiagramGraph.Edge(tail: grid(id + ":s"), head: grid(id + ":n"), attributes: lineAttributes))
      let name = longitude == 0 ? "0°" : "\(Int(abs(longitude)))°\(longitude > 0 ? "E" : "W")"
      label(grid(id + ":label"), name, PlanePoint(x: x, y: low.y - 10))
      longitude += 10
    }
    return (nodes, edges)
  }

  /// A PNG `pixelWidth` wide (at 96 dpi); other formats keep the drawing's natural size.
  static func size(_ graph: inout DiagramGraph, format: RenderFormat, pixelWidth: Int?) {
    guard format == .png else { return }
    graph.attributes["dpi"] = .literal("96")
    if let pixelWidth, pixelWidth > 0 {
      graph.attributes["size"] = .literal(String(format: "%.3f,1000!", Double(pixelWidth) / 96))
    }
  }

  static func format(_ format: RenderFormat?, path: String) throws(DiagramError) -> RenderFormat {
    if let format { return format }
    guard let inferred = RenderFormat(pathExtension: URL(fileURLWithPath: path).pathExtension) else {
      throw .unknownFormat(path: path)
    }
    return inferred
  }

  /// Writes atomically, creating the folder if needed.
  static func write(_ data: Data, to path: String) throws(DiagramError) {
    try DiagramFile.write(data, to: path)
  }
}
