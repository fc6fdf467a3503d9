/// City names on a `geo` map as pinned label nodes: a name (and notes) on a translucent white
/// ground, so it stays readable over the lines, placed by `LabelPlacer`.
enum MapLabels {
  struct Line {
    var text: String
    var size: Double
    var bold = false
    var colour = DiagramStyle.ink
  }

  struct Request {
    /// The label node's id.
    var id: String
    var anchor: PlanePoint
    /// Radius of the dot it names, points.
    var radius: Double
    var lines: [Line]
    /// The ground behind the text (default: translucent white).
    var background = DiagramStyle.labelBackground
  }

  /// Label nodes for `requests`, placed in order among `dots` and `segments`.
  static func nodes(
    for requests: [Request], dots: [(centre: PlanePoint, radius: Double)],
    segments: [(PlanePoint, PlanePoint)]
  ) -> [DiagramGraph.Node] {
    var placer = LabelPlacer(dots: dots, segments: segments)
    return requests.map { request in
      let width =
        (request.lines.map { LabelPlacer.textWidth($0.text, size: $0.size, bold: $0.bold) }.max() ?? 0) + 4
      let height = request.lines.reduce(2) { $0 + $1.size * 1.2 }
      let centre = placer.place(anchor: request.anchor, radius: request.radius, width: width, height: height)
      let markup = request.lines.map { line in
        let escaped = HTMLText.escape(line.text)
        let text = line.bold ? HTMLText.wrap(escaped, "<B>", "</B>") : escaped
        return HTMLText.wrap(
          text, ##"<FONT POINT-SIZE="\##(format(line.size))" COLOR="\##(line.colour)">"##, "</FONT>")
      }.joined(separator: "<BR/>")
      let html =
        ##"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR="\##(request.background)"><TR><TD>"##
        + markup + "</TD></TR></TABLE>"
      return DiagramGraph.Node(
        id: request.id,
        attributes: [
          "shape": .literal("plaintext"), "style": .literal("solid"), "margin": .literal("0"),
          "width": .literal("0.01"), "height": .literal("0.01"), "fixedsize": .literal("false"),
          "label": .html(html), "pos": .literal(centre.pinned),
        ])
    }
  }

  /// Where each pinned node of `nodes` is.
  static func positions(of nodes: [DiagramGraph.Node]) -> [String: PlanePoint] {
    var positions: [String: PlanePoint] = [:]
    for node in nodes {
      guard case .literal(let pos) = node.attributes["pos"] else { continue }
      let parts = pos.filter { $0 != "!" }.split(separator: ",").compactMap { Double($0) }
      if parts.count == 2 { positions[node.id] = PlanePoint(x: parts[0], y: parts[1]) }
    }
    return positions
  }

  /// Straight stretches of `edges` whose ends both have a position (graticule left out).
  static func segments(of edges: [DiagramGraph.Edge], positions: (String) -> PlanePoint?) -> [(
    PlanePoint, PlanePoint
  )] {
    edges.compactMap { edge in
      guard !DiagramNodeID(name: edge.tail).isGrid, let a = positions(edge.tail), let b = positions(edge.head)
      else {
        return nil
      }
      return (a, b)
    }
  }

  private static func format(_ size: Double) -> String {
    size == size.rounded() ? String(Int(size)) : String(size)
  }
}
