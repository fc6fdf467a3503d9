import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

@testable import SilkRouteGraphviz

/// Where the map draws services and customs markers.
struct NetworkDrawingTests {
  let network = ReferenceNetwork.network

  /// Every sea service is one connected lane from its port to the other: each stretch of its
  /// chain is an edge of the drawn graph, between nodes pinned on the map, so consecutive
  /// segments meet. (The Malacca stretch was cut, leaving Qingdao's lanes short of Europe.)
  @Test(arguments: [NetworkSelection.all, NetworkSelection(modes: [.sea])])
  func everySeaServiceIsOneConnectedLane(selection: NetworkSelection) throws {
    let graph = try NetworkDiagram.graph(network: network, options: .init(selection: selection))
    let drawing = NetworkDrawing(network: network, layout: .geo, selected: try selection.resolve(in: network))
    var positions: [String: String] = [:]
    for node in graph.nodes {
      if case .literal(let pos) = node.attributes["pos"] { positions[node.id] = pos }
    }
    let edges = Set(graph.edges.flatMap { ["\($0.tail)|\($0.head)", "\($0.head)|\($0.tail)"] })
    let sea = network.data.services.indices.filter { network.data.services[$0].mode == .sea }
    #expect(sea.count > 10)
    for index in sea {
      let service = network.data.services[index]
      let chain = try #require(drawing.servicePaths[index], "\(service.id) is not drawn")
      #expect(chain.count >= 2)
      for (a, b) in zip(chain, chain.dropFirst()) {
        #expect(edges.contains("\(a)|\(b)"), "\(service.id): no line \(a) – \(b)")
        #expect(positions[a] != nil && positions[b] != nil, "\(service.id): \(a) or \(b) not on the map")
      }
    }
    let svg = String(
      decoding: try NetworkDiagram.render(
        network: network, format: .svg, options: .init(selection: selection)),
      as: UTF8.self)
    #expect(!svg.contains("via the Cape of Good Hope</text>") && !svg.contains("lane continues beyond"))
  }

  /// Each customs diamond is at its border crossing: within 50 km of the crossing point.
  @Test func customsMarkersAreAtTheirBorderCrossings() throws {
    let drawing = NetworkDrawing(
      network: network, layout: .geo, selected: try NetworkSelection.all.resolve(in: network))
    #expect(drawing.crossingNodes.count > 20)
    let projection = GeoProjection()
    for (index, node) in drawing.crossingNodes {
      let crossing = network.data.borderCrossings[index]
      let known = try #require(
        BorderCrossingPoints.point(ofCrossing: crossing.id), "\(crossing.id) has no point")
      let drawn = projection.unproject(try #require(drawing.positions[node]))
      let km = drawn.distance(to: known.point)
      #expect(km <= 50, "\(crossing.name) drawn \(Int(km)) km from its crossing, at \(drawn)")
    }
  }

  /// A neighbourhood on the radial layout: rings round the `from` city, which twopi puts at the
  /// centre; each city one line away is nearer it than each city only reachable in two.
  @Test func radialNeighbourhoodIsRingsRoundTheOrigin() throws {
    let selection = NetworkSelection(from: "Jiaozhou", hops: 2)
    let graph = try NetworkDiagram.graph(
      network: network, options: .init(layout: .radial, selection: selection))
    let origin = try #require(network.cityIndex["jiaozhou"]).index
    #expect(graph.attributes["root"] == .literal(NetworkDrawing.cityNode(origin)))
    #expect(!graph.nodes.contains { DiagramNodeID(name: $0.id).isCrossing })
    let dot = String(
      decoding: try GraphvizRenderer.render(graph, engine: DiagramLayout.radial.engine, format: .dot),
      as: UTF8.self)
    func position(_ id: String) throws -> (Double, Double) {
      let match = try #require(
        dot.firstMatch(
          of: try Regex<(Substring, Substring, Substring)>(
            "\"\(id)\"\\s*\\[[^\\]]*?pos=\"([-0-9.]+),([-0-9.]+)\"")),
        "\(id) has no position")
      return (try #require(Double(match.1)), try #require(Double(match.2)))
    }
    let centre = try position(NetworkDrawing.cityNode(origin))
    let rings = NetworkDiagram.rings(of: graph.edges, root: NetworkDrawing.cityNode(origin))
    #expect(rings.count == graph.nodes.count, "every city is on a ring")
    var radius: [Int: [Double]] = [:]
    for (id, ring) in rings where ring > 0 {
      let (x, y) = try position(id)
      radius[ring, default: []].append(hypot(x - centre.0, y - centre.1))
    }
    #expect(radius.count >= 2)
    for ring in radius.keys.sorted().dropLast() {
      let inner = radius[ring]?.max() ?? 0
      let outer = radius[ring + 1]?.min() ?? .infinity
      #expect(inner < outer, "ring \(ring) reaches \(inner) points out, ring \(ring + 1) starts at \(outer)")
    }
    // One coloured line into each city (a tree of first legs); the rest faded grey.
    let coloured = graph.edges.filter { $0.attributes["color"] != .literal("#cfcfcf") }
    #expect(coloured.count == rings.count - 1)
    for edge in coloured { #expect(abs((rings[edge.tail] ?? 0) - (rings[edge.head] ?? 0)) == 1) }
  }
}
