import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// A diagram of the network, or of the part a `NetworkSelection` keeps: cities (coloured by
/// customs territory, sized by services), services coloured and styled by mode, gauge changes
/// and land customs crossings marked, and a legend.
public enum NetworkDiagram {
  public struct Options: Hashable, Sendable {
    public var layout: DiagramLayout
    public var selection: NetworkSelection
    /// The legend's title (default: "Multimodal freight network").
    public var title: String?
    /// Width of a PNG in pixels (default: the drawing's own size at 96 dpi).
    public var pixelWidth: Int?

    public init(
      layout: DiagramLayout = .geo, selection: NetworkSelection = .all, title: String? = nil,
      pixelWidth: Int? = nil
    ) {
      self.layout = layout
      self.selection = selection
      self.title = title
      self.pixelWidth = pixelWidth
    }
  }

  /// The diagram as a graph, before layout.
  ///
  /// - Throws: `DiagramError.selection` for a selection that names an unknown city or
  ///   country or keeps nothing.
  public static func graph(network: TransportNetwork, options: Options = Options()) throws(DiagramError)
    -> DiagramGraph
  {
    let selected: SelectedNetwork
    do {
      selected = try options.selection.resolve(in: network)
    } catch {
      throw .selection(error)
    }
    let drawing = NetworkDrawing(network: network, layout: options.layout, selected: selected)
    var legend = DiagramLegend()
    legend.title(
      options.title ?? "Multimodal freight network",
      subtitle: subtitle(network: network, selected: selected, selection: options.selection, drawing: drawing)
    )
    legend.modes(
      drawing.modeCounts, gaugeChanges: drawing.gaugeChangeLinks > 0,
      crossings: !drawing.crossingNodes.isEmpty,
      gaugeCities: !drawing.gaugeChangeCities.isEmpty)
    legend.territories(territories(of: selected.cities, in: network), onMap: options.layout == .geo)
    var nodes = drawing.nodes
    var edges = drawing.edges
    var bounds = drawing.bounds
    var note = note(for: options.layout)
    if options.layout == .geo {
      let trimmed = drawing.trimmingFarSeaLanes(maximumKm: seaMarginKm)
      (nodes, edges, bounds) = (trimmed.nodes, trimmed.edges, trimmed.bounds)
      if trimmed.trimmed { note += " Sea lanes far from every city are cut short at the edge of the map." }
      nodes += cityLabels(drawing: drawing, edges: edges, positions: trimmed.positions)
    }
    legend.note(note)
    return DiagramCanvas.graph(
      name: "network", layout: options.layout, legend: legend, bounds: bounds, nodes: nodes, edges: edges)
  }

  /// The diagram laid out and rendered in `format`.
  public static func render(
    network: TransportNetwork, format: RenderFormat, options: Options = Options()
  ) throws(DiagramError) -> Data {
    var graph = try graph(network: network, options: options)
    DiagramCanvas.size(&graph, format: format, pixelWidth: options.pixelWidth)
    do {
      return try GraphvizRenderer.render(graph, engine: options.layout.engine, format: format)
    } catch {
      throw .graphviz(error)
    }
  }

  /// Renders the diagram into the file at `path`, in `format` or the one its extension names.
  public static func write(
    network: TransportNetwork, to path: String, format: RenderFormat? = nil, options: Options = Options()
  ) throws(DiagramError) {
    let format = try DiagramCanvas.format(format, path: path)
    try DiagramCanvas.write(try render(network: network, format: format, options: options), to: path)
  }

  /// A name for every city, hubs first.
  private static func cityLabels(
    drawing: NetworkDrawing, edges: [DiagramGraph.Edge], positions: [String: PlanePoint]
  )
    -> [DiagramGraph.Node]
  {
    let cities = drawing.selected.cities.sorted {
      (drawing.cityDegree[$0] ?? 0, $1) > (drawing.cityDegree[$1] ?? 0, $0)
    }
    let requests = cities.compactMap { city -> MapLabels.Request? in
      guard let anchor = positions[NetworkDrawing.cityNode(city)] else { return nil }
      let hub = (drawing.cityDegree[city] ?? 0) >= 12
      return MapLabels.Request(
        id: "label:\(city)", anchor: anchor, radius: drawing.cityRadius[city] ?? 4,
        lines: [MapLabels.Line(text: drawing.network.data.cities[city].name, size: hub ? 11 : 10, bold: hub)])
    }
    return MapLabels.nodes(
      for: requests, dots: drawing.dots, segments: MapLabels.segments(of: edges) { positions[$0] })
  }

  /// How far from the nearest city a sea lane is still drawn on the map.
  static let seaMarginKm = 3_000.0

  private static func subtitle(
    network: TransportNetwork, selected: SelectedNetwork, selection: NetworkSelection, drawing: NetworkDrawing
  ) -> String {
    let data = network.data
    let countries = Set(selected.cities.map { data.cities[$0].country }).count
    var parts = [
      "\(selected.cities.count) cities in \(countries) countries",
      "\(selected.services.count) services",
    ]
    if drawing.gaugeChangeLinks + drawing.gaugeChangeCities.count > 0 {
      parts.append("\(drawing.gaugeChangeLinks + drawing.gaugeChangeCities.count) gauge changes")
    }
    if !drawing.crossingNodes.isEmpty { parts.append("\(drawing.crossingNodes.count) land border crossings") }
    if !selection.isEverything { parts.insert(selection.summary, at: 0) }
    return parts.joined(separator: " · ")
  }

  private static func territories(of cities: [Int], in network: TransportNetwork) -> [CustomsTerritoryRecord]
  {
    let ids = Set(cities.map { network.cityTerritory[$0] })
    return ids.sorted().map { network.territory($0) }
  }

  private static func note(for layout: DiagramLayout) -> String {
    layout == .geo
      ? "Equirectangular map (standard parallel 40°N). Sea services follow schematic sea lanes, air services "
        + "great circles; rail and road are drawn straight between cities. Hover a line or city in the SVG for details."
      : "Schematic \(layout.rawValue) layout. Hover a line or city in the SVG for details."
  }
}

/// Why a diagram cannot be drawn or written.
public enum DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
  case selection(SelectionError)
  case graphviz(GraphvizError)
  /// The itinerary names a service, terminal or city the network does not have.
  case itinerary(String)
  case unknownFormat(path: String)
  case write(path: String, message: String)

  public var description: String {
    switch self {
    case .selection(let error): ErrorWording.escaped(error.description)
    case .graphviz(let error): error.description
    case .itinerary(let message): message
    case .unknownFormat(let path):
      "cannot tell the format of \(Self.quoted(path)): use a .svg, .png, .pdf or .dot file name, or give the format"
    case .write(let path, let message): "cannot write \(Self.quoted(path)): \(message)"
    }
  }

  /// `text` in single quotes, its control and line-separator characters as `\u{…}` escapes
  /// (`ErrorWording.escaped`): a path as the user typed it, on one printable line.
  public static func quoted(_ text: String) -> String { "'\(ErrorWording.escaped(text))'" }
}

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
      }
    case .dot:
      attributes["rankdir"] = .literal("LR")
      attributes["nodesep"] = .literal("0.2")
      attributes["ranksep"] = .literal("0.7")
      nodeDefaults["shape"] = .literal("box")
      nodeDefaults["style"] = .literal("rounded,filled")
    case .neato, .fdp, .sfdp:
      attributes["overlap"] = .literal("false")
      attributes["sep"] = .literal("+6")
      attributes["splines"] = .literal("true")
      nodeDefaults["shape"] = .literal("box")
      nodeDefaults["style"] = .literal("rounded,filled")
      if layout == .sfdp { attributes["overlap"] = .literal("prism") }
    }
    return DiagramGraph(
      name: name, directed: false, attributes: attributes, nodeDefaults: nodeDefaults,
      edgeDefaults: edgeDefaults,
      nodes: background + nodes, edges: backgroundEdges + edges)
  }

  /// Parallels every 10° and meridians every 10° across the drawing, as straight lines
  /// between invisible pinned nodes, with their degrees written at the left and bottom.
  static func graticule(bounds: (min: PlanePoint, max: PlanePoint)) -> (
    [DiagramGraph.Node], [DiagramGraph.Edge]
  ) {
    let projection = GeoProjection()
    let margin = 24.0
    let low = PlanePoint(x: bounds.min.x - margin, y: bounds.min.y - margin)
    let high = PlanePoint(x: bounds.max.x + margin, y: bounds.max.y + margin)
    let degreeX = cos(projection.standardParallel * .pi / 180) * projection.scale
    var nodes: [DiagramGraph.Node] = []
    var edges: [DiagramGraph.Edge] = []
    func point(_ id: String, _ at: PlanePoint) {
      nodes.append(
        DiagramGraph.Node(
          id: id,
          attributes: [
            "shape": .literal("point"), "width": .literal("0.01"), "style": .literal("invis"),
            "label": .literal(""), "pos": .literal(at.pinned),
          ]))
    }
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
      let id = "grid:lat:\(Int(latitude))"
      point(id + ":w", PlanePoint(x: low.x, y: y))
      point(id + ":e", PlanePoint(x: high.x, y: y))
      edges.append(DiagramGraph.Edge(tail: id + ":w", head: id + ":e", attributes: lineAttributes))
      let name = latitude == 0 ? "0°" : "\(Int(abs(latitude)))°\(latitude > 0 ? "N" : "S")"
      label(id + ":label", name, PlanePoint(x: low.x - 14, y: y))
      latitude += 10
    }
    var longitude = (low.x / degreeX / 10).rounded(.up) * 10
    while longitude * degreeX <= high.x {
      let x = longitude * degreeX
      let id = "grid:lon:\(Int(longitude))"
      point(id + ":s", PlanePoint(x: x, y: low.y))
      point(id + ":n", PlanePoint(x: x, y: high.y))
      edges.append(DiagramGraph.Edge(tail: id + ":s", head: id + ":n", attributes: lineAttributes))
      let name = longitude == 0 ? "0°" : "\(Int(abs(longitude)))°\(longitude > 0 ? "E" : "W")"
      label(id + ":label", name, PlanePoint(x: x, y: low.y - 10))
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
