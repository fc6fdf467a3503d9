import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteGeoJSON
import SilkRouteGraphviz

/// `silkroute diagram`: the network drawn by Graphviz (SVG, PNG, PDF, DOT) or exported as GeoJSON.
struct DiagramCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diagram",
    abstract: "Draw the network (SVG, PNG, PDF, DOT) or export it as GeoJSON.",
    discussion: """
      The default geo layout is a map: cities at their coordinates, sea services along sea lanes,
      air services along great circles. --mode, --country and --from draw part of the network;
      lists may repeat the option or separate values with commas.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot, geojson

    init?(pathExtension: String) {
      switch pathExtension.lowercased() {
      case "geojson", "json": self = .geojson
      default:
        guard
          let format = RenderFormat(pathExtension: pathExtension).flatMap({ Format(rawValue: $0.rawValue) })
        else { return nil }
        self = format
      }
    }

    var renderFormat: RenderFormat? { RenderFormat(rawValue: rawValue) }
    var isBinary: Bool { self == .png || self == .pdf }
  }

  enum Layout: String, ExpressibleByArgument, CaseIterable {
    case geo, dot, neato, fdp, sfdp, radial
    var diagramLayout: DiagramLayout { DiagramLayout(rawValue: rawValue) ?? .geo }
  }

  @Option(name: .shortAndLong, help: "File to write (default: standard output).") var output: String?
  @Option(help: "svg, png, pdf, dot or geojson (default: from --output's extension, else svg).")
  var format: Format?
  @Option(help: "geo (a map), dot, neato, fdp, sfdp, or radial (rings round --from).") var layout: Layout =
    .geo
  @Option(help: "Only these modes: sea, rail, road, air.") var mode: [String] = []
  @Option(help: "Only services touching these countries (ISO code or name).") var country: [String] = []
  @Option(help: "Only what is reachable from this city.") var from: String?
  @Option(help: "With --from: how many legs away (transfers do not count; default 1).") var hops: Int?
  @Option(help: "Width of a PNG in pixels (PNG only).") var width: Int?
  @Option(help: "Title of the legend.") var title: String?
  @OptionGroup var database: DatabaseOptions

  var resolvedFormat: Format {
    if let format { return format }
    if let output, let inferred = Format(pathExtension: Self.pathExtension(of: output)) {
      return inferred
    }
    return .svg
  }

  /// The extension of the file name `path` ends with ("" for none, or for a folder).
  static func pathExtension(of path: String) -> String {
    path.hasSuffix("/") ? "" : URL(fileURLWithPath: path).pathExtension
  }

  func validate() throws {
    if let output {
      guard !output.isEmpty else { throw ValidationError("--output must name a file") }
      let pathExtension = Self.pathExtension(of: output)
      if !pathExtension.isEmpty {
        guard let named = Format(pathExtension: pathExtension) else {
          throw ValidationError(
            "--output \(DiagramError.quoted(output)): unknown extension \(DiagramError.quoted(pathExtension)); "
              + "use .svg, .png, .pdf, .dot or .geojson")
        }
        if let format, format != named {
          throw ValidationError(
            "--format \(format.rawValue) does not match --output \(DiagramError.quoted(output))")
        }
      }
    }
    _ = try modes()
    try validateDependencies()
    if let hops, hops < 1 { throw ValidationError("--hops must be at least 1") }
    if let width, width < 16 || width > 20_000 {
      throw ValidationError("--width must be between 16 and 20000 pixels")
    }
    if output == nil, resolvedFormat.isBinary, isatty(STDOUT_FILENO) != 0 {
      throw ValidationError(
        "\(resolvedFormat.rawValue.uppercased()) is binary: write it to a file with --output")
    }
    if resolvedFormat == .geojson, layout != .geo {
      throw ValidationError("--layout does not apply to GeoJSON")
    }
  }

  /// Options that only mean something with another: each says which it needs.
  func validateDependencies() throws {
    if hops != nil, from == nil {
      throw ValidationError("--hops needs --from (the city the legs are counted from)")
    }
    if layout == .radial, from == nil {
      throw ValidationError("--layout radial needs --from (the city at the centre of the rings)")
    }
    if width != nil, resolvedFormat != .png {
      throw ValidationError(
        "--width needs PNG output (--format png or --output FILE.png), not \(resolvedFormat.rawValue)")
    }
    if title != nil, resolvedFormat == .geojson {
      throw ValidationError("--title needs a drawn diagram (svg, png, pdf or dot), not geojson")
    }
  }

  /// Values of a repeatable option, each of which may be a comma-separated list.
  static func list(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// The part of the network the options keep (`--hops` defaults to 1).
  func selection() throws -> NetworkSelection {
    NetworkSelection(modes: try modes(), countries: Self.list(country), from: from, hops: hops ?? 1)
  }

  func modes() throws -> Set<Mode> {
    let words = Self.list(mode)
    guard !words.isEmpty else { return Set(Mode.allCases) }
    var modes = Set<Mode>()
    for word in words {
      guard let mode = Mode(rawValue: word.lowercased()) else {
        throw ValidationError("unknown mode '\(ErrorWording.escaped(word))': use sea, rail, road or air")
      }
      modes.insert(mode)
    }
    return modes
  }

  func run() throws {
    let network = try database.openNetwork().network
    let selection = try selection()
    let clock = ContinuousClock()
    let started = clock.now
    let data: Data
    if resolvedFormat == .geojson {
      do {
        data =
          try GeoJSONExport.networkFeatureCollection(network: network, selection: selection).jsonData()
          + Data("\n".utf8)
      } catch let error as SelectionError {
        throw DiagramError.selection(error)
      }
    } else {
      guard let renderFormat = resolvedFormat.renderFormat else { throw ValidationError("unknown format") }
      data = try NetworkDiagram.render(
        network: network, format: renderFormat,
        options: .init(
          layout: layout.diagramLayout, selection: selection,
          title: title ?? (database.db == nil ? "SCODA multimodal freight network" : nil), pixelWidth: width))
    }
    let elapsed = clock.now - started
    guard let output else {
      FileHandle.standardOutput.write(data)
      return
    }
    try DiagramFile.write(data, to: output)
    let milliseconds =
      Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    print(
      "wrote \(output) (\(resolvedFormat.rawValue), \(selection.summary), \(data.count) bytes, "
        + String(format: "%.0f ms", milliseconds) + ")")
  }
}
