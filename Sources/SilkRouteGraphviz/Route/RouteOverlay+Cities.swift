import Foundation
import SilkRoute
import SilkRouteGeoJSON

extension RouteOverlay {
  /// Names for the route's cities (with their notes), then the faded names of the others on
  /// the map.
  func cityLabels(nodes: [DiagramGraph.Node], edges: [DiagramGraph.Edge]) -> [DiagramGraph.Node] {
    let positions = MapLabels.positions(of: nodes)
    let data = network.records
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
      let isCityDot =
        switch DiagramNodeID(name: node.id) {
        case .city, .route(.city): true
        default: false
        }
      guard isCityDot, let centre = positions[node.id] else { return nil }
      guard case .literal(let width) = node.attributes["width"], let inches = Double(width) else {
        return (centre, 4)
      }
      return (centre, inches * 36)
    }
    return MapLabels.nodes(
      for: requests, dots: dots, segments: MapLabels.segments(of: edges) { positions[$0] })
  }

  func length(_ segment: (String, String)) -> Double {
    guard let a = base.positions[segment.0], let b = base.positions[segment.1] else { return 0 }
    return a.distance(to: b)
  }

  /// The route cities, highlighted and named with their notes.
  mutating func addRouteCities() {
    let data = network.records
    let ends = Set([routeCities.first, routeCities.last].compactMap { $0 })
    for city in routeCities {
      let record = data.cities[city]
      let territory = network.territory(network.territory(of: CityID(city))).id
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
      for id in Set(routeEdges.flatMap { [$0.tail, $0.head] }) where DiagramNodeID(name: id).isCrossing {
        base.restyle(
          node: id, with: ["fillcolor": .literal(DiagramStyle.crossing), "width": .literal("0.2")])
      }
    }
  }

  /// The route's area plus a margin, at least 480 × 320 points.
  func cropBox() -> (min: PlanePoint, max: PlanePoint)? {
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
}
