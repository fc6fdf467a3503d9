import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// Builds a route diagram: the faded network, then the route's nodes and edges on top.
struct RouteOverlay {
  let itinerary: Itinerary
  let network: TransportNetwork
  let options: RouteDiagram.Options
  var base: NetworkDrawing
  /// City index → notes to write under its name (handling, customs).
  var notes: [Int: [String]] = [:]
  var routeCities: [Int] = []
  var overlayNodes: [DiagramGraph.Node] = []
  var overlayNodeIDs: Set<String> = []
  /// Base nodes the route or its document bands pass.
  var routeNodes: Set<String> = []
  var labelRequests: [MapLabels.Request] = []
  var legLabels: [MapLabels.Request] = []
  var haloEdges: [DiagramGraph.Edge] = []
  var routeEdges: [DiagramGraph.Edge] = []
  var isGeo: Bool { options.layout == .geo }

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
      guard let city = network.cityID(id) else {
        throw .itinerary("the itinerary's city '\(id)' is not in this network")
      }
      if cities.last != city.index { cities.append(city.index) }
    }
    try visit(itinerary.origin.id)
    for step in itinerary.steps {
      switch step {
      case .leg(let leg):
        guard network.serviceID(leg.service) != nil else {
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
  /// edges come after, and are drawn over, the faded network; `DiagramNodeID.document` copies
  /// carry the document bands, so that a band and a leg are never parallel edges, which Graphviz
  /// would bend apart); elsewhere the node itself.
  func overlayID(_ id: String, band: Bool = false) -> String {
    guard isGeo else { return id }
    let node = DiagramNodeID(name: id)
    return (band ? DiagramNodeID.document(node) : .route(node)).name
  }

  /// Adds the overlay's copy of base node `id` (for a document band when `band`), once.
  mutating func ensureOverlayNode(_ id: String, band: Bool = false) {
    let copy = overlayID(id, band: band)
    guard isGeo, !overlayNodeIDs.contains(copy), let position = base.positions[id] else { return }
    overlayNodeIDs.insert(copy)
    routeNodes.insert(id)
    let node = DiagramNodeID(name: id)
    if node.isCity && !band { return }  // drawn by addRouteCities
    if node.isCrossing && !band {
      overlayNodes.append(
        DiagramGraph.Node(
          id: copy,
          attributes: [
            "shape": .literal("diamond"), "width": .literal("0.2"), "height": .literal("0.2"),
            "label": .literal(""), "fillcolor": .literal(DiagramStyle.crossing), "color": .literal("#ffffff"),
            "penwidth": .literal("1"), "pos": .literal(position.pinned),
          ]))
    } else {
      overlayNodes.append(NetworkDrawing.invisibleNode(copy, at: position))
    }
  }

  mutating func graph() -> DiagramGraph {
    let (chains, legNumbers) = stepChains()
    // Document bands first, so the legs are drawn over them.
    let documents = options.documents ?? RouteDiagram.documents(of: itinerary)
    addDocumentBands(documents, chains: chains, legNumbers: legNumbers)
    addRouteEdges(chains: chains, legNumbers: legNumbers)
    addRouteCities()
    return assemble(legend: legend(documents: documents, legNumbers: legNumbers))
  }

  /// Where each step's chain of base nodes runs, in travel order (by step position), and each
  /// leg's number; notes the handling, documents and customs at their cities.
  mutating func stepChains() -> (chains: [Int: [String]], legNumbers: [Int: Int]) {
    let steps = itinerary.steps
    var chains: [Int: [String]] = [:]
    var legNumber = 0
    var legNumbers: [Int: Int] = [:]
    for (position, step) in steps.enumerated() {
      switch step {
      case .leg(let leg):
        legNumber += 1
        legNumbers[position] = legNumber
        guard let service = network.serviceID(leg.service)?.index, let path = base.servicePaths[service]
        else {
          continue
        }
        chains[position] = network.records.service(service).from == leg.from.id ? path : path.reversed()
      case .transfer(let transfer):
        let city = network.cityID(transfer.to.city.id)?.index
        if transfer.from.city.id == transfer.to.city.id {
          if let city { notes[city, default: []].append(handling(transfer)) }
        } else if let index = network.transferID(transfer.transfer)?.index,
          let path = base.transferPaths[index]
        {
          chains[position] = network.records.transfer(index).from == transfer.from.id ? path : path.reversed()
          if let city { notes[city, default: []].append(handling(transfer)) }
        }
      case .document(let document):
        if let city = network.cityID(document.at.id)?.index {
          notes[city, default: []].append("\(document.reason) \(DiagramStyle.duration(document.timeMinutes))")
        }
      case .fee:
        break  // In the legend's step table only: it takes no time at the origin.
      case .border(let border):
        if let city = network.cityID(border.at.id)?.index {
          notes[city, default: []].append(
            "customs \(border.toTerritory.uppercased()) \(DiagramStyle.duration(border.timeMinutes))")
        }
      }
    }
    return (chains, legNumbers)
  }

  /// Each document's band: a wide translucent edge along its legs and the transfers between them.
  mutating func addDocumentBands(
    _ documents: [RouteDiagram.Document], chains: [Int: [String]], legNumbers: [Int: Int]
  ) {
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
        ensureOverlayNode(a, band: true)
        ensureOverlayNode(b, band: true)
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
          DiagramGraph.Edge(
            tail: overlayID(a, band: true), head: overlayID(b, band: true), attributes: attributes))
      }
    }
  }

  /// The route's legs (coloured by mode, numbered, labelled once) and transfers, over the bands.
  mutating func addRouteEdges(chains: [Int: [String]], legNumbers: [Int: Int]) {
    for (position, step) in itinerary.steps.enumerated() {
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
          if !DiagramNodeID(name: a).isCity { attributes["tailclip"] = .literal("false") }
          if !DiagramNodeID(name: b).isCity { attributes["headclip"] = .literal("false") }
        }
        routeEdges.append(DiagramGraph.Edge(tail: overlayID(a), head: overlayID(b), attributes: attributes))
      }
    }
  }

  /// The legend: title and totals, the step table, the modes, the documents.
  func legend(documents: [RouteDiagram.Document], legNumbers: [Int: Int]) -> DiagramLegend {
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
    return legend
  }

  /// The whole graph: the faded network (on the map trimmed and cropped to the route), then the
  /// overlay, then the names.
  func assemble(legend: DiagramLegend) -> DiagramGraph {
    guard isGeo else {
      return DiagramCanvas.graph(
        name: "route", layout: options.layout, legend: legend, bounds: nil, nodes: base.nodes + overlayNodes,
        edges: base.edges + haloEdges + routeEdges)
    }
    let trimmed = base.trimmingFarSeaLanes(maximumKm: NetworkDrawing.seaMarginKm, keeping: routeNodes)
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
}
