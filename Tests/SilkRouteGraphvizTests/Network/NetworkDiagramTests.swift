import Foundation
import SilkRoute
import SilkRouteGeoJSON
import SilkRouteGraphviz
import Testing

/// The diagram of the bundled SCODA network.
struct NetworkDiagramTests {
  let network = ReferenceNetwork.network

  @Test func svgIsWellFormedAndNamesEveryCity() throws {
    let svg = try SVGDocument(NetworkDiagram.render(network: network, format: .svg))
    for city in network.data.cities {
      #expect(svg.hasText(city.name), "\(city.name) is missing from the SVG")
    }
    // The legend counts every service; tooltips describe lines and cities.
    #expect(svg.texts.contains { $0.contains("\(network.data.services.count) services") })
    #expect(svg.titles.contains { $0.hasPrefix("Customs: ") })
  }

  @Test(arguments: [480, 1200, 2400])
  func pngHasTheRequestedWidth(pixels: Int) throws {
    let png = try NetworkDiagram.render(network: network, format: .png, options: .init(pixelWidth: pixels))
    let size = try #require(pngSize(png))
    #expect(abs(size.width - pixels) <= 2, "width \(size.width) for \(pixels) requested")
    #expect(size.height > pixels / 3 && size.height < pixels)
  }

  @Test func pngOfTheWholeMapIsWideAndLandscape() throws {
    let png = try NetworkDiagram.render(network: network, format: .png)
    let size = try #require(pngSize(png))
    #expect(size.width > 1500 && size.width < 4000 && size.height < size.width)
  }

  @Test func pdfStartsWithItsMagicNumber() throws {
    let pdf = try NetworkDiagram.render(network: network, format: .pdf)
    #expect(pdf.starts(with: Data("%PDF-".utf8)))
  }

  /// The legend counts cities as `silkroute cities` does: transit points are drawn, counted apart.
  @Test func subtitleCountsTheSCODACitiesAndTheTransitPointsApart() throws {
    let dot = String(decoding: try NetworkDiagram.render(network: network, format: .dot), as: UTF8.self)
    let transit = network.data.cities.filter { $0.status == .transit }.count
    #expect(transit > 0)
    #expect(dot.contains("49 cities in 20 countries · \(transit) transit points ·"))
  }

  @Test func dotParsesBackWithEveryCityNode() throws {
    let dot = try NetworkDiagram.render(network: network, format: .dot)
    let summary = try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self))
    #expect(summary.nodes > network.cityCount && summary.edges > 0 && !summary.directed)
  }

  @Test(arguments: [DiagramLayout.dot, .neato, .fdp, .sfdp])
  func everyLayoutDrawsEveryCity(layout: DiagramLayout) throws {
    let svg = try SVGDocument(
      NetworkDiagram.render(network: network, format: .svg, options: .init(layout: layout)))
    for city in network.data.cities { #expect(svg.hasText(city.name), "\(city.name) missing on \(layout)") }
  }

  @Test func geoLayoutPinsEveryCityAtItsProjectedPlace() throws {
    let graph = try NetworkDiagram.graph(network: network)
    func position(_ id: String) throws -> (x: Double, y: Double) {
      let node = try #require(graph.nodes.first { $0.id == id })
      guard case .literal(let pos) = node.attributes["pos"] else { throw Unpinned(id: id) }
      #expect(pos.hasSuffix("!"))
      let parts = pos.dropLast().split(separator: ",").compactMap { Double($0) }
      return (parts[0], parts[1])
    }
    let index = { (id: String) in try #require(network.cityIndex[id]).index }
    let hamburg = try position("city:\(index("hamburg"))")
    let moscow = try position("city:\(index("moscow"))")
    let jiaozhou = try position("city:\(index("jiaozhou"))")
    let hanoi = try position("city:\(index("hanoi"))")
    // West to east, and north to south, as on a map.
    #expect(hamburg.x < moscow.x && moscow.x < jiaozhou.x)
    #expect(hanoi.y < jiaozhou.y && jiaozhou.y < moscow.y)
    // Paired border stations 10 km apart are moved apart so both can be seen.
    let alashankou = try position("city:\(index("alashankou"))")
    let dostyk = try position("city:\(index("dostyk"))")
    #expect(hypot(alashankou.x - dostyk.x, alashankou.y - dostyk.y) >= 19.9)
  }

  struct Unpinned: Error { var id: String }

  @Test func modeFilterKeepsOnlyThatMode() throws {
    let options = NetworkDiagram.Options(selection: NetworkSelection(modes: [.rail]))
    let graph = try NetworkDiagram.graph(network: network, options: options)
    let colours = graph.edges.compactMap { edge -> String? in
      if case .literal(let colour) = edge.attributes["color"] { return colour }
      return nil
    }
    #expect(!colours.isEmpty)
    for mode in [Mode.sea, .road, .air] {
      #expect(!colours.contains { $0.contains(MapPalette.colour(of: mode)) }, "\(mode) drawn")
    }
    #expect(!graph.nodes.contains { $0.id.hasPrefix("sea:") })
  }

  @Test func countryAndFromFiltersDrawPartOfTheNetwork() throws {
    let whole = try NetworkDiagram.graph(network: network)
    let kazakhstan = try NetworkDiagram.graph(
      network: network, options: .init(selection: NetworkSelection(countries: ["Kazakhstan"])))
    let fromJiaozhou = try NetworkDiagram.graph(
      network: network, options: .init(selection: NetworkSelection(from: "SCODA")))
    let cities = { (graph: DiagramGraph) in graph.nodes.filter { $0.id.hasPrefix("city:") }.count }
    #expect(cities(kazakhstan) < cities(whole))
    #expect(cities(fromJiaozhou) < cities(whole))
    #expect(cities(fromJiaozhou) > 5)
  }

  @Test func unknownCityOrCountryIsAClearError() {
    #expect(
      throws: DiagramError.selection(
        .unknownCountry("Atlantis", known: network.data.countries.map(\.code).sorted()))
    ) {
      try NetworkDiagram.graph(
        network: network, options: .init(selection: NetworkSelection(countries: ["Atlantis"])))
    }
    #expect {
      try NetworkDiagram.graph(network: network, options: .init(selection: NetworkSelection(from: "Almatty")))
    } throws: { error in
      "\(error)".contains("did you mean 'Almaty'")
    }
  }

  @Test func writesTheFormatItsExtensionNames() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "silkroute-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("nested/network.pdf").path
    try NetworkDiagram.write(network: network, to: path)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: Data("%PDF".utf8)))
    #expect(throws: DiagramError.unknownFormat(path: "network.txt")) {
      try NetworkDiagram.write(network: network, to: "network.txt")
    }
  }

  /// The README promises well under 200 ms for the whole network as SVG (release build; the
  /// benchmark measures it). A debug build is a few times slower, so this only guards against
  /// a large regression.
  @Test func fullNetworkSVGRendersQuickly() throws {
    _ = try NetworkDiagram.render(network: network, format: .svg)
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try NetworkDiagram.render(network: network, format: .svg) }
    print("full network SVG (debug build): \(elapsed)")
    #expect(elapsed < .seconds(2))
  }
}
