import Foundation
import Testing

/// `silkroute diagram`, run for real on the bundled network.
@Suite(.serialized) struct DiagramCommandTests {
  typealias Run = CommandRunner.Output
  static let runner = CommandRunner(name: "silkroute-diagram-tests")
  static var scratch: URL { runner.scratch }
  static var repository: URL { CommandRunner.repository }

  func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
    try Self.runner.run(arguments, environment: extra)
  }

  @Test func writesTheFileItsExtensionNames() throws {
    let path = Self.scratch.appendingPathComponent("out/network.svg").path
    let run = try run(["diagram", "--output", path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.hasPrefix("wrote \(path) (svg, the whole network, "))
    let svg = try String(contentsOfFile: path, encoding: .utf8)
    #expect(svg.hasPrefix("<?xml") && svg.contains("Jiaozhou") && svg.contains("Hamburg"))
    #expect(run.stderr.isEmpty, "Graphviz must not print to stderr: \(run.stderr)")
  }

  @Test func pngGoesToStandardOutputWhenPiped() throws {
    let run = try run(["diagram", "--format", "png", "--mode", "rail", "--width", "800"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func geoJSONOfPartOfTheNetwork() throws {
    let run = try run(["diagram", "--format", "geojson", "--country", "KZ,UZ", "--mode", "rail"])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(json["type"] as? String == "FeatureCollection")
    let features = try #require(json["features"] as? [[String: Any]])
    let modes = Set(features.compactMap { ($0["properties"] as? [String: Any])?["mode"] as? String })
    #expect(modes == ["rail"])
  }

  @Test func dotLayoutFromACity() throws {
    let run = try run(["diagram", "--format", "dot", "--layout", "dot", "--from", "almaty", "--hops", "2"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.hasPrefix("graph network {") && run.text.contains("Almaty"))
  }

  @Test func badOptionsAreOneLineErrors() throws {
    expectOneLineError(try run(["diagram", "--mode", "boat"]), status: 64, containing: "unknown mode 'boat'")
    expectOneLineError(
      try run(["diagram", "--format", "geojson", "--layout", "dot"]), status: 64, containing: "GeoJSON")
    expectOneLineError(
      try run(["diagram", "--country", "Narnia"]), status: 1, containing: "unknown country 'Narnia'")
    expectOneLineError(
      try run(["diagram", "--from", "Almatty"]), status: 1, containing: "did you mean 'Almaty'")
    expectOneLineError(
      try run(["diagram", "--output", Self.scratch.appendingPathComponent("x.svg").path, "--hops", "0"]),
      status: 64, containing: "--hops")
  }

  /// An extension no format has names the supported ones and writes nothing; an option that
  /// only means something with another says which it needs instead of being ignored.
  @Test func unknownExtensionsAndOptionsThatNeedAnotherAreErrors() throws {
    let jpg = Self.scratch.appendingPathComponent("x.jpg")
    expectOneLineError(
      try run(["diagram", "--output", jpg.path]), status: 64,
      containing: "use .svg, .png, .pdf, .dot or .geojson")
    #expect(!FileManager.default.fileExists(atPath: jpg.path))
    expectOneLineError(
      try run(["diagram", "--format", "svg", "--hops", "2"]), status: 64, containing: "--hops needs --from")
    expectOneLineError(
      try run(["diagram", "--format", "svg", "--width", "800"]), status: 64,
      containing: "--width needs PNG output")
    expectOneLineError(
      try run(["diagram", "--format", "geojson", "--title", "Rail"]), status: 64,
      containing: "--title needs a drawn diagram")
    // With what they need, the same options are accepted.
    #expect(try run(["diagram", "--format", "dot", "--from", "Almaty", "--hops", "2"]).status == 0)
  }

  /// Whether `silkroute route` has `--diagram` (wired in RouteCommand; these tests wait for it).
  static let routeDraws: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("silkroute")
    process.arguments = ["route", "--help"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    guard (try? process.run()) != nil else { return false }
    let help = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: help, as: UTF8.self).contains("--diagram")
  }()

  @Test(.enabled(if: routeDraws)) func routeDiagramAndGeoJSON() throws {
    let path = Self.scratch.appendingPathComponent("route.png").path
    let drawn = try run(["route", "Jiaozhou", "Hamburg", "--avoid-mode", "sea,air", "--diagram", path])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let geojson = try run(["route", "Jiaozhou", "Almaty", "--format", "geojson"])
    #expect(geojson.status == 0, "\(geojson.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: geojson.stdout) as? [String: Any])
    let first = try #require((json["features"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
    #expect(first["kind"] as? String == "route")
  }

  /// Without Graphviz's plugin configuration (`GVBINDIR` pointing at an empty folder), the
  /// plugins are loaded from their libraries; without those either, a clear error.
  @Test func missingPluginConfiguration() throws {
    let empty = Self.scratch.appendingPathComponent("no-plugins")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let fallback = try run(
      ["diagram", "--mode", "sea", "--format", "svg"], environment: ["GVBINDIR": empty.path])
    #expect(fallback.status == 0, "\(fallback.stderr)")
    #expect(fallback.text.contains("</svg>"))
    let none = try run(
      ["diagram", "--format", "svg"],
      environment: ["GVBINDIR": empty.path, "SILKROUTE_GRAPHVIZ_PLUGINS": empty.path])
    expectOneLineError(none, status: 1, containing: "Graphviz has no layout plugins")
    #expect(none.stderr.contains("dot -c"))
  }
}
