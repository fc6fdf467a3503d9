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
    // Every sea service is drawn whole, along its lanes (round the Cape of Good Hope too): a
    // lane cut at the edge of the map would leave services that reach nowhere.
    if options.layout == .geo {
      nodes += cityLabels(drawing: drawing, edges: drawing.edges, positions: drawing.positions)
    }
    var note = note(for: options.layout)
    if options.layout == .radial {
      let centre = selected.origin.map { network.records.cities[$0.index].name } ?? "the graph's centre"
      note =
        "Rings round \(centre): each ring one more line away; grey lines are the other links "
        + "between them. Customs crossings are not marked on this layout. Hover a line or city in the SVG for details."
    }
    legend.note(note)
    var graph = DiagramCanvas.graph(
      name: "network", layout: options.layout, legend: legend, bounds: drawing.bounds, nodes: nodes,
      edges: drawing.edges)
    if options.layout == .radial, let origin = selected.origin {
      let root = NetworkDrawing.cityNode(origin.index)
      graph.attributes["root"] = .literal(root)
      graph.edges = fadingCrossRingEdges(graph.edges, root: root)
    }
    return graph
  }

  /// The diagram laid out and rendered in `format`.
  public static func render(
    network: TransportNetwork, format: RenderFormat, options: Options = Options()
  ) throws(DiagramError) -> Data {
    try DiagramRenderer.render(
      try graph(network: network, options: options), layout: options.layout, format: format,
      pixelWidth: options.pixelWidth)
  }

  /// Renders the diagram into the file at `path`, in `format` or the one its extension names.
  public static func write(
    network: TransportNetwork, to path: String, format: RenderFormat? = nil, options: Options = Options()
  ) throws(DiagramError) {
    try DiagramRenderer.write(to: path, format: format) { format throws(DiagramError) in
      try render(network: network, format: format, options: options)
    }
  }

  /// Rings of a radial layout: each node's number of lines from `root` (what twopi ranks by).
  static func rings(of edges: [DiagramGraph.Edge], root: String) -> [String: Int] {
    var neighbours: [String: [String]] = [:]
    for edge in edges {
      neighbours[edge.tail, default: []].append(edge.head)
      neighbours[edge.head, default: []].append(edge.tail)
    }
    var ring = [root: 0]
    var frontier = [root]
    while !frontier.isEmpty {
      var next: [String] = []
      for node in frontier {
        for neighbour in neighbours[node] ?? [] where ring[neighbour] == nil {
          ring[neighbour] = (ring[node] ?? 0) + 1
          next.append(neighbour)
        }
      }
      frontier = next
    }
    return ring
  }

  /// One line into each city from the ring inside keeps its colours; every other line is drawn
  /// thin and grey, so that the rings read as a tree of first legs rather than a hairball.
  private static func fadingCrossRingEdges(_ edges: [DiagramGraph.Edge], root: String) -> [DiagramGraph.Edge]
  {
    let ring = rings(of: edges, root: root)
    // Each city keeps the line from its first neighbour on the ring inside (what twopi's
    // spanning tree, which places it, follows); the other lines are faded.
    var kept = Set<Int>()
    var reached = Set<String>()
    for (index, edge) in edges.enumerated() {
      guard let a = ring[edge.tail], let b = ring[edge.head], abs(a - b) == 1 else { continue }
      let outer = a > b ? edge.tail : edge.head
      if reached.insert(outer).inserted { kept.insert(index) }
    }
    return edges.enumerated().map { index, edge in
      guard !kept.contains(index) else { return edge }
      var faded = edge
      faded.attributes["color"] = .literal("#cfcfcf")
      faded.attributes["penwidth"] = .literal("0.6")
      return faded
    }
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
        lines: [
          MapLabels.Line(text: drawing.network.records.cities[city].name, size: hub ? 11 : 10, bold: hub)
        ])
    }
    return MapLabels.nodes(
      for: requests, dots: drawing.dots, segments: MapLabels.segments(of: edges) { positions[$0] })
  }

  private static func subtitle(
    network: TransportNetwork, selected: SelectedNetwork, selection: NetworkSelection, drawing: NetworkDrawing
  ) -> String {
    let data = network.records
    // Transit points (border and gauge-change stations of a corridor) are drawn but are not
    // cities of the network: the count matches `silkroute cities`.
    let cities = selected.cities.filter { data.cities[$0].status != .transit }
    let transitPoints = selected.cities.count - cities.count
    let countries = Set(cities.map { data.cities[$0].country }).count
    var parts = ["\(cities.count) cities in \(countries) countries"]
    if transitPoints > 0 { parts.append("\(transitPoints) transit point\(transitPoints == 1 ? "" : "s")") }
    parts.append("\(selected.services.count) services")
    if drawing.gaugeChangeLinks + drawing.gaugeChangeCities.count > 0 {
      parts.append("\(drawing.gaugeChangeLinks + drawing.gaugeChangeCities.count) gauge changes")
    }
    if !drawing.crossingNodes.isEmpty { parts.append("\(drawing.crossingNodes.count) land border crossings") }
    if !selection.isEverything { parts.insert(selection.summary, at: 0) }
    return parts.joined(separator: " · ")
  }

  private static func territories(of cities: [Int], in network: TransportNetwork) -> [CustomsTerritoryRecord]
  {
    let ids = Set(cities.map { network.territory(of: CityID($0)) })
    return ids.sorted().map { network.territory($0) }
  }

  private static func note(for layout: DiagramLayout) -> String {
    layout == .geo
      ? "Equirectangular map (standard parallel 40°N). Sea services follow schematic sea lanes, air services "
        + "great circles; rail and road are drawn straight between cities. Hover a line or city in the SVG for details."
      : "Schematic \(layout.rawValue) layout. Hover a line or city in the SVG for details."
  }
}
