import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

@testable import SilkRouteGraphviz

/// The basemap drawn under the network: present in every output, in the network's projection.
struct BasemapLayerTests {
  let network = ReferenceNetwork.network

  @Test func clippingKeepsWhatIsInsideTheBox() {
    let box = (min: PlanePoint(x: 0, y: 0), max: PlanePoint(x: 10, y: 10))
    let square = [
      PlanePoint(x: -5, y: 2), PlanePoint(x: 5, y: 2), PlanePoint(x: 5, y: 20), PlanePoint(x: -5, y: 20),
    ]
    let clipped = BasemapLayer.clip(square, to: box)
    #expect(!clipped.isEmpty)
    for point in clipped {
      #expect(point.x >= 0 && point.x <= 5 && point.y >= 2 && point.y <= 10, "\(point)")
    }
    #expect(
      Set(clipped) == [
        PlanePoint(x: 0, y: 2), PlanePoint(x: 5, y: 2), PlanePoint(x: 5, y: 10), PlanePoint(x: 0, y: 10),
      ])
    // Wholly outside: nothing.
    #expect(BasemapLayer.clip(square.map { PlanePoint(x: $0.x + 100, y: $0.y) }, to: box).isEmpty)
  }

  @Test func theLandIsFilledInTheSVGOfEveryGeoDiagram() throws {
    let land = "fill=\"\(BasemapLayer.land)\""
    let map = String(decoding: try NetworkDiagram.render(network: network, format: .svg), as: UTF8.self)
    #expect(map.components(separatedBy: land).count > 50, "the countries are drawn filled")
    let rail = try NetworkDiagram.render(
      network: network, format: .svg, options: .init(selection: NetworkSelection(modes: [.rail])))
    #expect(String(decoding: rail, as: UTF8.self).contains(land))
    // A schematic layout has no map under it.
    let schematic = try NetworkDiagram.render(network: network, format: .svg, options: .init(layout: .dot))
    #expect(!String(decoding: schematic, as: UTF8.self).contains(land))
  }

  /// The PNG, pixel by pixel: land colour inland (the Gobi, Arabia), sea (white) in the Bay of
  /// Bengal and the Caspian, at the places the network's own projection puts them.
  @Test func thePNGShowsLandOnLandAndSeaAtSea() throws {
    let graph = try NetworkDiagram.graph(network: network)
    let svg = String(
      decoding: try GraphvizRenderer.render(graph, engine: DiagramLayout.geo.engine, format: .svg),
      as: UTF8.self)
    let translate = try #require(svg.firstMatch(of: /translate\(([-0-9.]+) ([-0-9.]+)\)/))
    let (tx, ty) = (try #require(Double(translate.1)), try #require(Double(translate.2)))
    var pngGraph = graph
    pngGraph.attributes["dpi"] = .literal("96")
    let png = try #require(
      PNGPixels(try GraphvizRenderer.render(pngGraph, engine: DiagramLayout.geo.engine, format: .png)))
    let scale = 96.0 / 72
    func share(of colour: String, around point: GeoPoint) -> Double {
      let plane = GeoProjection().project(point)
      let (x, y) = (Int(((plane.x + tx) * scale).rounded()), Int(((ty - plane.y) * scale).rounded()))
      var hits = 0
      for dx in -3...3 { for dy in -3...3 where png.colour(x: x + dx, y: y + dy) == colour { hits += 1 } }
      return Double(hits) / 49
    }
    let land = [GeoPoint(latitude: 44.5, longitude: 101), GeoPoint(latitude: 23, longitude: 45)]
    let sea = [GeoPoint(latitude: 15, longitude: 88), GeoPoint(latitude: 42, longitude: 51)]
    for point in land {
      #expect(share(of: BasemapLayer.land, around: point) > 0.8, "no land colour at \(point)")
    }
    for point in sea {
      #expect(share(of: "#ffffff", around: point) > 0.8, "no sea at \(point)")
      #expect(share(of: BasemapLayer.land, around: point) == 0, "land colour at sea at \(point)")
    }
  }
}
