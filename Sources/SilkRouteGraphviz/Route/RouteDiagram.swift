import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// An itinerary drawn over the network: the network faded, the route's legs highlighted along
/// the same lines (sea lanes, great circles), numbered and labelled with mode, time and cost;
/// handling and customs noted at the cities; each transport document's legs grouped under a
/// coloured band; a legend with every step. On the `geo` layout the map is cropped to the route.
public enum RouteDiagram {
  /// A transport document and the legs it covers, to group on the drawing.
  public struct Document: Hashable, Sendable {
    /// What it is and who issues it: "cim-smgs by UTLC ERA, Jiaozhou → Małaszewicze".
    public var title: String
    /// 1-based numbers of the legs it covers, in the order of `Itinerary.legs`.
    public var legs: [Int]

    public init(title: String, legs: [Int]) {
      self.title = title
      self.legs = legs
    }
  }

  /// The documents of the itinerary's document plan (none without a plan).
  public static func documents(of itinerary: Itinerary) -> [Document] {
    (itinerary.documentPlan?.documents ?? []).map { document in
      Document(
        title: "\(document.type) by \(document.issuer), \(document.from.name) → \(document.to.name)",
        legs: document.legs)
    }
  }

  public struct Options: Hashable, Sendable {
    public var layout: DiagramLayout
    /// Documents to group, in order (default: those of the itinerary's document plan).
    public var documents: [Document]?
    /// The legend's title (default: "Origin → Destination").
    public var title: String?
    /// Width of a PNG in pixels.
    public var pixelWidth: Int?
    /// On the `geo` layout, show only the area around the route (default) or the whole map.
    public var cropToRoute: Bool

    public init(
      layout: DiagramLayout = .geo, documents: [Document]? = nil, title: String? = nil,
      pixelWidth: Int? = nil,
      cropToRoute: Bool = true
    ) {
      self.layout = layout
      self.documents = documents
      self.title = title
      self.pixelWidth = pixelWidth
      self.cropToRoute = cropToRoute
    }
  }

  /// The diagram as a graph, before layout.
  ///
  /// - Throws: `DiagramError.itinerary` when a step names a service, terminal or city that
  ///   `network` does not have.
  public static func graph(itinerary: Itinerary, network: TransportNetwork, options: Options = Options())
    throws(DiagramError) -> DiagramGraph
  {
    var overlay = try RouteOverlay(itinerary: itinerary, network: network, options: options)
    return overlay.graph()
  }

  public static func render(
    itinerary: Itinerary, network: TransportNetwork, format: RenderFormat, options: Options = Options()
  ) throws(DiagramError) -> Data {
    var graph = try graph(itinerary: itinerary, network: network, options: options)
    DiagramCanvas.size(&graph, format: format, pixelWidth: options.pixelWidth)
    do {
      return try GraphvizRenderer.render(graph, engine: options.layout.engine, format: format)
    } catch {
      throw .graphviz(error)
    }
  }

  /// Renders the diagram into the file at `path`, in `format` or the one its extension names
  /// (`.svg`, `.png`, `.pdf`, `.dot`).
  public static func write(
    itinerary: Itinerary, network: TransportNetwork, to path: String, format: RenderFormat? = nil,
    options: Options = Options()
  ) throws(DiagramError) {
    let format = try DiagramCanvas.format(format, path: path)
    try DiagramCanvas.write(
      try render(itinerary: itinerary, network: network, format: format, options: options), to: path)
  }
}

/// Builds a route diagram: the faded network, then the route's nodes and edges on top.
struct RouteOverlay {
  let itinerary: Itinerary
  let network: TransportNetwork
  let options: RouteDiagram.Options
  var base: NetworkDrawing
  /// City index → notes to write under its name (handling, customs).
  private var notes: [Int: [String]] = [:]
  private var routeCities: [Int] = []
  private var overlayNodes: [DiagramGraph.Node] = []
  private var overlayNodeIDs: Set<String> = []
  /// Base nodes the route or its document bands pass.
  private var routeNodes: Set<String> = []
  private var labelRequests: [MapLabels.Request] = []
  private var legLabels: [MapLabels.Request] = []
  private var haloEdges: [DiagramGraph.Edge] = []
  private var routeEdges: [DiagramGraph.Edge] = []
  private var isGeo: Bool { options.layout == .geo }

  init(itinerary: Itinerary, network: TransportNetwork, options: RouteDiagram.Options) throws(DiagramError) {
    self.itinerary = itinerary
    self.network = network
    self.options = options
    let selected: SelectedNetwork
    do {
      selected = try NetworkSelection.all.resolve(in: network)
    } catch {
      throw .selection(error)
    }
    // Every city the route touches, in order of travel.
    var cities: [Int] = []
    func visit(_ id: String) throws(DiagramError) {
      guard let city = network.cityIndex[id] else {
        throw .itinerary("the itinerary's city '\(id)' is not in this network")
      }
      if cities.last != city.index { cities.append(city.index) }
    }
    try visit(itinerary.origin.id)
    for step in itinerary.steps {
      switch step {
      case .leg(let leg):
        guard network.serviceIndex[leg.service] != nil else {
          throw .itinerary("the itinerary's service '\(leg.service)' is not in this network")
        }
        try visit(leg.from.city.id)
        try visit(leg.to.city.id)
      case .transfer(let transfer):
        try visit(transfer.from.city.id)
        try visit(transfer.to.city.id)
      case .border(let border):
        try visit(border.at.id)
      case .document(let document):
        try visit(document.at.id)
      case .fee(let fee):
        try visit(fee.at.id)
      }
    }
    try visit(itinerary.destination.id)
    routeCities = cities
    base = NetworkDrawing(
      network: network, layout: options.layout, selected: selected, faded: true,
      unlabelled: options.layout == .geo ? Set(cities) : [])
  }

  /// The node the overlay draws for base node `id`: on the map a pinned copy (so that route
  /// edges come after, and are drawn over, the faded network; `doc:` copies carry the document
  /// bands, so that a band and a leg are never parallel edges, which Graphviz would bend apart);
  /// elsewhere the node itself.
  private func overlayID(_ id: String, _ prefix: String = "route:") -> String { isGeo ? prefix + id : id }

  private mutating func ensureOverlayNode(_ id: String, _ prefix: String = "route:") {
    guard isGeo, !overlayNodeIDs.contains(prefix + id), let position = base.positions[id] else { return }
    overlayNodeIDs.insert(prefix + id)
    routeNodes.insert(id)
    if id.hasPrefix("city:") && prefix == "route:" { return }  // drawn by addRouteCities
    if id.hasPrefix("crossing:") && prefix == "route:" {
      overlayNodes.append(
        DiagramGraph.Node(
          id: overlayID(id, prefix),
          attributes: [
            "shape": .literal("diamond"), "width": .literal("0.2"), "height": .literal("0.2"),
            "label": .literal(""), "fillcolor": .literal(DiagramStyle.crossing), "color": .literal("#ffffff"),
            "penwidth": .literal("1"), "pos": .literal(position.pinned),
          ]))
    } else {
      overlayNodes.append(NetworkDrawing.invisibleNode(overlayID(id, prefix), at: position))
    }
  }

  mutating func graph() -> DiagramGraph {
    let steps = itinerary.steps
    // Where each step's chain runs, in travel order.
    var chains: [Int: [String]] = [:]
    var legNumber = 0
    var legNumbers: [Int: Int] = [:]
    for (position, step) in steps.enumerated() {
      switch step {
      case .leg(let leg):
        legNumber += 1
        legNumbers[position] = legNumber
        guard let service = network.serviceIndex[leg.service]?.index, let path = base.servicePaths[service]
        else {
          continue
        }
        chains[position] = network.data.services[service].from == leg.from.id ? path : path.reversed()
      case .transfer(let transfer):
        let city = network.cityIndex[transfer.to.city.id]?.index
        if transfer.from.city.id == transfer.to.city.id {
          if let city { notes[city, default: []].append(handling(transfer)) }
        } else if let index = network.data.transfers.firstIndex(where: { $0.id == transfer.transfer }),
          let path = base.transferPaths[index]
        {
          chains[position] = network.data.transfers[index].from == transfer.from.id ? path : path.reversed()
          if let city { notes[city, default: []].append(handling(transfer)) }
        }
      case .document(let document):
        if let city = network.cityIndex[document.at.id]?.index {
          notes[city, default: []].append("\(document.reason) \(DiagramStyle.duration(document.timeMinutes))")
        }
      case .fee:
        break  // In the legend's step table only: it takes no time at the origin.
      case .border(let border):
        if let city = network.cityIndex[border.at.id]?.index {
          notes[city, default: []].append(
            "customs \(border.toTerritory.uppercased()) \(DiagramStyle.duration(border.timeMinutes))")
        }
      }
    }

    // Document bands first, so the legs are drawn over them.
    let documents = options.documents ?? RouteDiagram.documents(of: itinerary)
    let legPositions = Dictionary(uniqueKeysWithValues: legNumbers.map { ($1, $0) })
    for (number, document) in documents.enumerated() {
      let colour = DiagramStyle.documentColours[number % DiagramStyle.documentColours.count]
      var segments: [(String, String)] = []
      // The document's legs and the transfers between them.
      let positions = document.legs.compactMap { legPositions[$0] }
      guard let first = positions.min(), let last = positions.max() else { continue }
      for position in first...last where chains[position] != nil {
        let chain = chains[position] ?? []
        segments += zip(chain, chain.dropFirst()).map { ($0, $1) }
      }
      for (index, (a, b)) in segments.enumerated() {
        ensureOverlayNode(a, "doc:")
        ensureOverlayNode(b, "doc:")
        var attributes: DiagramAttributes = [
          "color": .literal(DiagramStyle.translucent(colour, 0.7)), "penwidth": .literal("13"),
          "tooltip": .tooltip("Document \(number + 1): \(document.title)"),
        ]
        if index == segments.count / 2 {
          if isGeo, let from = base.positions[a], let to = base.positions[b] {
            legLabels.append(
              MapLabels.Request(
                id: "document-label:\(number)", anchor: .midpoint(from, to), radius: 7,
                lines: [MapLabels.Line(text: "D\(number + 1)", size: 10, bold: true)], background: colour))
          } else {
            attributes["label"] = .html(
              ##"<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="1" BGCOLOR="\##(colour)"><TR><TD><FONT POINT-SIZE="10"><B>D\##(number + 1)</B></FONT></TD></TR></TABLE>"##
            )
          }
        }
        if isGeo {
          attributes["tailclip"] = .literal("false")
          attributes["headclip"] = .literal("false")
        }
        haloEdges.append(
          DiagramGraph.Edge(tail: overlayID(a, "doc:"), head: overlayID(b, "doc:"), attributes: attributes))
      }
    }

    // The route's legs and transfers.
    for (position, step) in steps.enumerated() {
      guard let chain = chains[position] else { continue }
      let segments = Array(zip(chain, chain.dropFirst()))
      let longest = segments.indices.max { length(segments[$0]) < length(segments[$1]) } ?? 0
      for (index, (a, b)) in segments.enumerated() {
        ensureOverlayNode(a)
        ensureOverlayNode(b)
        var attributes: DiagramAttributes
        switch step {
        case .leg(let leg):
          attributes = [
            "color": .literal(DiagramStyle.colour(leg.mode)), "penwidth": .literal("4"),
            "tooltip": .tooltip(legTooltip(leg, number: legNumbers[position] ?? 0)),
          ]
          if leg.mode == .road { attributes["style"] = .literal("dashed") }
          if index == longest {
            let number = legNumbers[position] ?? 0
            if isGeo, let from = base.positions[a], let to = base.positions[b] {
              // A pinned label beside the middle of the leg's longest stretch, placed with the names.
              legLabels.append(
                MapLabels.Request(
                  id: "leg-label:\(position)", anchor: .midpoint(from, to), radius: 3,
                  lines: [
                    MapLabels.Line(
                      text: legText(leg, number: number), size: 10, bold: true,
                      colour: DiagramStyle.colour(leg.mode))
                  ]))
            } else {
              attributes["label"] = .html(legLabel(leg, number: number))
            }
          }
        case .transfer(let transfer):
          let rail = DiagramStyle.colour(.rail)
          attributes = [
            "color": .literal("\(rail):invis:\(rail)"), "penwidth": .literal("2"),
            "tooltip": .tooltip(handling(transfer)),
          ]
        case .border, .document, .fee:
          continue
        }
        if index == segments.count - 1 {
          attributes["dir"] = .literal("forward")
          attributes["arrowhead"] = .literal("normal")
          attributes["arrowsize"] = .literal("0.8")
        }
        if isGeo {
          if !a.hasPrefix("city:") { attributes["tailclip"] = .literal("false") }
          if !b.hasPrefix("city:") { attributes["headclip"] = .literal("false") }
        }
        routeEdges.append(DiagramGraph.Edge(tail: overlayID(a), head: overlayID(b), attributes: attributes))
      }
    }

    addRouteCities()
    var legend = DiagramLegend()
    legend.title(
      options.title ?? "\(itinerary.origin.name) → \(itinerary.destination.name)", subtitle: summary())
    legend.table(stepTable(legNumbers: legNumbers))
    legend.modes(
      Dictionary(itinerary.legs.map { ($0.mode, 1) }, uniquingKeysWith: +),
      gaugeChanges: itinerary.transfers.contains { $0.kind == .gaugeChange },
      crossings: itinerary.borders.contains { $0.kind == .land }, gaugeCities: false)
    for (number, document) in documents.enumerated() {
      let colour = DiagramStyle.documentColours[number % DiagramStyle.documentColours.count]
      legend.keys([("▇▇", colour, "D\(number + 1): \(document.title)")])
    }
    legend.note(
      "Faded: the rest of the network. Numbers follow the legs in order; times include handling, "
        + "costs are for \(itinerary.cargo) \(itinerary.cargo.cargoClass.rawValue).")

    guard isGeo else {
      return DiagramCanvas.graph(
        name: "route", layout: options.layout, legend: legend, bounds: nil, nodes: base.nodes + overlayNodes,
        edges: base.edges + haloEdges + routeEdges)
    }
    let trimmed = base.trimmingFarSeaLanes(maximumKm: NetworkDiagram.seaMarginKm, keeping: routeNodes)
    var baseNodes = trimmed.nodes
    var baseEdges = trimmed.edges
    var bounds = trimmed.bounds
    if options.cropToRoute, let box = cropBox() {
      (baseNodes, baseEdges) = NetworkDrawing.clip(
        nodes: baseNodes, edges: baseEdges, positions: trimmed.positions, to: box)
      bounds = box
    }
    let nodes = baseNodes + overlayNodes
    let edges = baseEdges + haloEdges + routeEdges
    return DiagramCanvas.graph(
      name: "route", layout: options.layout, legend: legend, bounds: bounds,
      nodes: nodes + cityLabels(nodes: nodes, edges: edges), edges: edges)
  }

  /// Names for the route's cities (with their notes), then the faded names of the others on
  /// the map.
  private func cityLabels(nodes: [DiagramGraph.Node], edges: [DiagramGraph.Edge]) -> [DiagramGraph.Node] {
    let positions = MapLabels.positions(of: nodes)
    let data = network.data
    var requests = labelRequests + legLabels
    let onRoute = Set(routeCities)
    let others = base.selected.cities.filter {
      !onRoute.contains($0) && positions[NetworkDrawing.cityNode($0)] != nil
    }
    for city in others {
      guard let anchor = positions[NetworkDrawing.cityNode(city)] else { continue }
      requests.append(
        MapLabels.Request(
          id: "label:\(city)", anchor: anchor, radius: base.cityRadius[city] ?? 4,
          lines: [MapLabels.Line(text: data.cities[city].name, size: 9, colour: "#8c8c8c")]))
    }
    let dots = nodes.compactMap { node -> (centre: PlanePoint, radius: Double)? in
      guard node.id.hasPrefix("city:") || node.id.hasPrefix("route:city:"), let centre = positions[node.id]
      else {
        return nil
      }
      guard case .literal(let width) = node.attributes["width"], let inches = Double(width) else {
        return (centre, 4)
      }
      return (centre, inches * 36)
    }
    return MapLabels.nodes(
      for: requests, dots: dots, segments: MapLabels.segments(of: edges) { positions[$0] })
  }

  private func length(_ segment: (String, String)) -> Double {
    guard let a = base.positions[segment.0], let b = base.positions[segment.1] else { return 0 }
    return a.distance(to: b)
  }

  /// The route cities, highlighted and named with their notes.
  private mutating func addRouteCities() {
    let data = network.data
    let ends = Set([routeCities.first, routeCities.last].compactMap { $0 })
    for city in routeCities {
      let record = data.cities[city]
      let territory = network.territory(network.cityTerritory[city]).id
      let isEnd = ends.contains(city)
      let cityNotes = (notes[city] ?? []).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      var lines = [MapLabels.Line(text: record.name, size: isEnd ? 12 : 10.5, bold: true)]
      if !cityNotes.isEmpty {
        lines.append(MapLabels.Line(text: cityNotes.joined(separator: " · "), size: 8.5, colour: "#444444"))
      }
      let html =
        ##"<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="1"><TR><TD>"##
        + lines.map { line in
          HTMLText.wrap(
            HTMLText.wrap(HTMLText.escape(line.text), line.bold ? "<B>" : "", line.bold ? "</B>" : ""),
            ##"<FONT POINT-SIZE="\##(line.size)" COLOR="\##(line.colour)">"##, "</FONT>")
        }.joined(separator: "<BR/>") + "</TD></TR></TABLE>"
      var attributes: DiagramAttributes = [
        "fillcolor": .literal(MapPalette.colour(ofTerritory: territory)), "color": .literal(DiagramStyle.ink),
        "penwidth": .literal(isEnd ? "2" : "1.4"),
      ]
      let id = NetworkDrawing.cityNode(city)
      if isGeo {
        attributes["width"] = .literal(isEnd ? "0.22" : "0.15")
        attributes["label"] = .literal("")
        if let position = base.positions[id] {
          attributes["pos"] = .literal(position.pinned)
          labelRequests.append(
            MapLabels.Request(id: "label:\(city)", anchor: position, radius: isEnd ? 8 : 5.5, lines: lines))
        }
        if let tooltip = base.nodes.first(where: { $0.id == id })?.attributes["tooltip"] {
          attributes["tooltip"] = tooltip
        }
        overlayNodes.append(DiagramGraph.Node(id: overlayID(id), attributes: attributes))
      } else {
        attributes["label"] = .html(html)
        attributes["fontname"] = .literal(DiagramStyle.boldFont)
        base.restyle(node: id, with: attributes)
      }
    }
    if !isGeo {
      for id in Set(routeEdges.flatMap { [$0.tail, $0.head] }) where id.hasPrefix("crossing:") {
        base.restyle(
          node: id, with: ["fillcolor": .literal(DiagramStyle.crossing), "width": .literal("0.2")])
      }
    }
  }

  /// The route's area plus a margin, at least 480 × 320 points.
  private func cropBox() -> (min: PlanePoint, max: PlanePoint)? {
    let points =
      routeNodes.compactMap { base.positions[$0] }
      + routeCities.compactMap { base.positions[NetworkDrawing.cityNode($0)] }
    guard let first = points.first else { return nil }
    var low = first
    var high = first
    for point in points {
      low = PlanePoint(x: min(low.x, point.x), y: min(low.y, point.y))
      high = PlanePoint(x: max(high.x, point.x), y: max(high.y, point.y))
    }
    let margin = 70.0
    let width = max(high.x - low.x + 2 * margin, 480)
    let height = max(high.y - low.y + 2 * margin, 320)
    let centre = PlanePoint.midpoint(low, high)
    return (
      PlanePoint(x: centre.x - width / 2, y: centre.y - height / 2),
      PlanePoint(x: centre.x + width / 2, y: centre.y + height / 2)
    )
  }

  // MARK: Text

  private func handling(_ transfer: TransferStep) -> String {
    let what: String
    switch transfer.kind {
    case .gaugeChange:
      let from = transfer.from.gaugeMm.map(String.init) ?? "?"
      let to = transfer.to.gaugeMm.map(String.init) ?? "?"
      what = "gauge \(from)→\(to)"
    case .modeChange: what = "\(transfer.from.mode.rawValue)→\(transfer.to.mode.rawValue)"
    case .transshipment: what = "transshipment"
    }
    return "\(what) \(DiagramStyle.duration(transfer.timeMinutes))"
  }

  private static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

  private func number(_ value: Int) -> String {
    value >= 1 && value <= Self.circled.count ? String(Self.circled[value - 1]) : "(\(value))"
  }

  private func legText(_ leg: Leg, number value: Int) -> String {
    "\(number(value)) \(leg.mode.rawValue) · \(DiagramStyle.duration(leg.timeMinutes)) · USD \(DiagramStyle.dollars(leg.costCents))"
  }

  private func legLabel(_ leg: Leg, number value: Int) -> String {
    let text = legText(leg, number: value)
    return
      ##"<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="1" BGCOLOR="\##(DiagramStyle.labelBackground)"><TR><TD><FONT POINT-SIZE="10" COLOR="\##(DiagramStyle.colour(leg.mode))"><B>\##(HTMLText.escape(text))</B></FONT></TD></TR></TABLE>"##
  }

  private func legTooltip(_ leg: Leg, number value: Int) -> String {
    "Leg \(value): \(leg.mode.rawValue) \(leg.from.city.name) → \(leg.to.city.name), \(leg.carrierName), "
      + "\(leg.distanceKm.rawValue) km, \(DiagramStyle.duration(leg.timeMinutes)), "
      + "USD \(DiagramStyle.dollars(leg.costCents)), \(DiagramStyle.co2(leg.co2Grams)) CO2e"
  }

  private func summary() -> String {
    let totals = itinerary.totals
    return [
      "\(itinerary.cargo) \(itinerary.cargo.cargoClass.rawValue)", itinerary.objective.rawValue,
      "USD \(DiagramStyle.dollars(totals.costCents))",
      "\(DiagramStyle.duration(totals.timeMinutes)) (\(String(format: "%.1f", totals.timeMinutes.days)) days)",
      "\(DiagramStyle.co2(totals.co2Grams)) CO2e", "\(totals.distanceKm.rawValue) km",
      totals.modes.map(\.rawValue).joined(separator: "+"),
    ].joined(separator: " · ")
  }

  private func stepTable(legNumbers: [Int: Int]) -> [[(text: String, colour: String?, alignRight: Bool)]] {
    var rows: [[(text: String, colour: String?, alignRight: Bool)]] = [
      [
        ("", nil, false), ("step", nil, false), ("from → to", nil, false), ("carrier / where", nil, false),
        ("time", nil, true), ("USD", nil, true), ("CO2e", nil, true),
      ]
    ]
    for (position, step) in itinerary.steps.enumerated() {
      switch step {
      case .leg(let leg):
        rows.append([
          (number(legNumbers[position] ?? 0), DiagramStyle.colour(leg.mode), false),
          (leg.mode.rawValue, DiagramStyle.colour(leg.mode), false),
          ("\(leg.from.city.name) → \(leg.to.city.name)", nil, false), (leg.carrierName, nil, false),
          (DiagramStyle.duration(leg.timeMinutes), nil, true),
          (DiagramStyle.dollars(leg.costCents), nil, true),
          (DiagramStyle.co2(leg.co2Grams), nil, true),
        ])
      case .transfer(let transfer):
        rows.append([
          ("", nil, false), (transfer.kind.rawValue, DiagramStyle.muted, false),
          (
            transfer.from.city.id == transfer.to.city.id
              ? transfer.to.city.name : "\(transfer.from.city.name) → \(transfer.to.city.name)", nil, false
          ),
          (handling(transfer), nil, false), (DiagramStyle.duration(transfer.timeMinutes), nil, true),
          (DiagramStyle.dollars(transfer.costCents), nil, true), ("", nil, true),
        ])
      case .document(let document):
        rows.append([
          ("", nil, false), ("documents", DiagramStyle.muted, false), (document.at.name, nil, false),
          ("\(document.reason) (\(document.regime.displayName))", nil, false),
          (DiagramStyle.duration(document.timeMinutes), nil, true),
          (DiagramStyle.dollars(document.costCents), nil, true),
          ("", nil, true),
        ])
      case .fee(let fee):
        rows.append([
          ("", nil, false), ("B/L fee", DiagramStyle.muted, false), (fee.at.name, nil, false),
          ("\(fee.operatorName) (\(fee.reason))", nil, false),
          (DiagramStyle.duration(fee.timeMinutes), nil, true),
          (DiagramStyle.dollars(fee.costCents), nil, true), ("", nil, true),
        ])
      case .border(let border):
        rows.append([
          ("◆", DiagramStyle.crossing, false), ("customs", DiagramStyle.muted, false),
          ("\(border.fromTerritory.uppercased()) → \(border.toTerritory.uppercased())", nil, false),
          ("\(border.name) (\(border.at.name))", nil, false),
          (DiagramStyle.duration(border.timeMinutes), nil, true),
          (DiagramStyle.dollars(border.costCents), nil, true), ("", nil, true),
        ])
      }
    }
    let totals = itinerary.totals
    rows.append([
      ("", nil, false), ("total", nil, false), ("", nil, false),
      ("\(totals.legs) legs, \(totals.transfers) transfers, \(totals.borderCrossings) crossings", nil, false),
      (DiagramStyle.duration(totals.timeMinutes), nil, true),
      (DiagramStyle.dollars(totals.costCents), nil, true),
      (DiagramStyle.co2(totals.co2Grams), nil, true),
    ])
    return rows
  }
}
