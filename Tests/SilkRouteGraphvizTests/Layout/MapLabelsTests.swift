import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

@testable import SilkRouteGraphviz

/// City names on the map never cover each other.
struct MapLabelsTests {
  let network = ReferenceNetwork.network

  /// Every city label's box on the map at the default size, from its pinned centre and its text
  /// (width from the Helvetica metrics, height from the font size): no two intersect. (Khorgos
  /// and Altynkol, 10 km apart, overlapped.)
  @Test(arguments: [NetworkSelection.all, NetworkSelection(modes: [.rail]), NetworkSelection(from: "Almaty")])
  func noTwoCityLabelsIntersect(selection: NetworkSelection) throws {
    let graph = try NetworkDiagram.graph(network: network, options: .init(selection: selection))
    let positions = MapLabels.positions(of: graph.nodes)
    var boxes: [(name: String, box: LabelPlacer.Box)] = []
    for node in graph.nodes where node.id.hasPrefix("label:") {
      guard case .html(let html) = node.attributes["label"] else { continue }
      let font = try #require(html.firstMatch(of: /POINT-SIZE="([0-9.]+)"[^>]*>(<B>)?([^<]*)/))
      let size = try #require(Double(font.1))
      let text = String(font.3)
      let width = LabelPlacer.textWidth(text, size: size, bold: font.2 != nil) + 4
      let centre = try #require(positions[node.id])
      boxes.append((text, LabelPlacer.Box(centre: centre, width: width, height: 2 + size * 1.2)))
    }
    #expect(boxes.count >= 5)
    for (i, a) in boxes.enumerated() {
      for b in boxes[(i + 1)...] {
        #expect(a.box.overlap(b.box) == 0, "\(a.name) and \(b.name) overlap")
      }
    }
  }

  /// The placer itself: a crowd of dots at one place still gets names that do not overlap.
  @Test func aCrowdGetsNamesThatDoNotOverlap() {
    var placer = LabelPlacer()
    for index in 0..<12 {
      let anchor = PlanePoint(x: Double(index % 3) * 3, y: Double(index / 3) * 3)
      _ = placer.place(anchor: anchor, radius: 4, width: 50, height: 13)
    }
    for (i, a) in placer.placed.enumerated() {
      for b in placer.placed[(i + 1)...] { #expect(a.overlap(b) == 0) }
    }
  }
}
