import Foundation
import Testing

/// `silkroute diagram`'s title and output file, run for real on the bundled network (issue 15).
@Suite(.serialized) struct DiagramOutputTests {
  static let runner = CommandRunner(name: "silkroute-diagram-output-tests")
  static var scratch: URL { runner.scratch }

  func run(_ arguments: [String]) throws -> CommandRunner.Output { try Self.runner.run(arguments) }

  /// `--title ''` drew `<B></B>`, which Graphviz rejects: an empty title now draws no title line.
  @Test(arguments: ["", "   "])
  func anEmptyTitleDrawsNoTitle(title: String) throws {
    let titled = try run(["diagram", "--format", "svg", "--mode", "air", "--title", "Air freight"])
    let run = try run(["diagram", "--format", "svg", "--mode", "air", "--title", title])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.text.hasPrefix("<?xml") && run.text.contains("</svg>"))
    #expect(titled.text.contains("Air freight"))
    #expect(
      run.text.components(separatedBy: "font-weight=\"bold\"").count
        < titled.text.components(separatedBy: "font-weight=\"bold\"").count)
  }

  /// `-o DIR/` said "(NSCocoaErrorDomain error 512.)": file errors are one line naming the path.
  @Test func fileErrorsNameThePath() throws {
    let folder = Self.scratch.appendingPathComponent("maps")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let blocker = Self.scratch.appendingPathComponent("plain-file")
    try Data("x".utf8).write(to: blocker)
    expectOneLineError(
      try run(["diagram", "-o", folder.path + "/"]), status: 1,
      containing: "cannot write '\(folder.path)/': it is a folder")
    expectOneLineError(
      try run(["diagram", "-o", folder.path]), status: 1,
      containing: "cannot write '\(folder.path)': it is a folder")
    expectOneLineError(
      try run(["diagram", "--format", "geojson", "-o", blocker.path + "/sub/map.geojson"]), status: 1,
      containing: "'\(blocker.path)' is a file, not a folder")
    for run in [
      try run(["diagram", "-o", folder.path + "/"]), try run(["diagram", "-o", blocker.path + "/x.svg"]),
    ] {
      #expect(
        !run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("could not be completed"),
        "\(run.stderr)")
    }
  }

  /// `--output x.jpg` wrote SVG into a .jpg and exited 0.
  @Test func anUnknownExtensionIsAUsageError() throws {
    let jpeg = Self.scratch.appendingPathComponent("map.jpg")
    expectOneLineError(
      try run(["diagram", "--output", jpeg.path]), status: 64, containing: "unknown extension 'jpg'")
    #expect(!FileManager.default.fileExists(atPath: jpeg.path))
    expectOneLineError(
      try run(["diagram", "--format", "svg", "-o", jpeg.path]), status: 64,
      containing: "use .svg, .png, .pdf, .dot or .geojson")
    expectOneLineError(
      try run(["diagram", "--format", "png", "-o", Self.scratch.appendingPathComponent("map.svg").path]),
      status: 64,
      containing: "--format png does not match --output")
    expectOneLineError(try run(["diagram", "-o", ""]), status: 64, containing: "--output must name a file")
    let control = try run(["diagram", "-o", "map\u{1}.jpg"])
    expectOneLineError(control, status: 64, containing: "'map\\u{1}.jpg'")
    // Every extension it names is accepted (the format follows it), with a file name or none.
    for name in ["m.svg", "m.PNG", "m.pdf", "m.dot", "m.geojson", "m"] {
      let path = Self.scratch.appendingPathComponent("ok/\(name)").path
      let run = try run(["diagram", "--mode", "air", "-o", path])
      #expect(run.status == 0, "\(name): \(run.stderr)")
    }
  }
}
