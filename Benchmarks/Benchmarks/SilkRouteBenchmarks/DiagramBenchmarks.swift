import Benchmark
import Foundation
import SilkRoute
import SilkRouteGeoJSON
import SilkRouteGraphviz
import SilkRouteStore

/// Diagrams and maps of the bundled SCODA network, rendered in-process by libgvc. Each
/// benchmark checks its own output. Target: the whole network as SVG well under 200 ms.
let diagramBenchmarks: @Sendable () -> Void = {
  /// The bundled network, read from the repository's `Data/`.
  func loadNetwork() throws -> TransportNetwork {
    try BenchmarkCache.value("reference") {
      try TransportNetwork(DataFolder.load(BundledData.folder))
    }
  }

  Benchmark("diagram: whole network, geo layout, SVG") { benchmark in
    let network = try loadNetwork()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let svg = try NetworkDiagram.render(network: network, format: .svg)
      precondition(svg.count > 100_000 && svg.starts(with: Data("<?xml".utf8)))
      blackHole(svg)
    }
  }

  Benchmark("diagram: whole network, geo layout, PNG 1600 px") { benchmark in
    let network = try loadNetwork()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let png = try NetworkDiagram.render(network: network, format: .png, options: .init(pixelWidth: 1600))
      precondition(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
      blackHole(png)
    }
  }

  Benchmark("diagram: whole network, sfdp layout, SVG") { benchmark in
    let network = try loadNetwork()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let svg = try NetworkDiagram.render(network: network, format: .svg, options: .init(layout: .sfdp))
      precondition(svg.count > 10_000)
      blackHole(svg)
    }
  }

  Benchmark("diagram: route Jiaozhou→Almaty over the network, SVG") { benchmark in
    let network = try loadNetwork()
    let itinerary = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Almaty"))
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let svg = try RouteDiagram.render(itinerary: itinerary, network: network, format: .svg)
      precondition(svg.count > 10_000)
      blackHole(svg)
    }
  }

  Benchmark("geojson: whole network") { benchmark in
    let network = try loadNetwork()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let json = try GeoJSONExport.networkFeatureCollection(network: network).jsonData(prettyPrinted: false)
      precondition(json.count > 50_000)
      blackHole(json)
    }
  }
}
