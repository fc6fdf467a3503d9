import Foundation
import SilkRoute
import Testing

@testable import SilkRouteGraphviz

/// Titles that are empty and file errors in words (issue 15).
@Suite struct DiagramFileTests {
  let network = ReferenceNetwork.network

  static func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "silkroute-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Graphviz rejects `<B></B>`: an empty or blank title leaves the title line out, and every
  /// format still renders.
  @Test(arguments: ["", " ", "\u{1}"], [RenderFormat.svg, .dot])
  func anEmptyTitleDrawsNoTitleLine(title: String, format: RenderFormat) throws {
    let data = try NetworkDiagram.render(network: network, format: format, options: .init(title: title))
    #expect(!data.isEmpty)
    var legend = DiagramLegend()
    legend.title(title, subtitle: "subtitle")
    #expect(!legend.html.contains("<B>"))
    #expect(legend.html.contains("subtitle"))
  }

  @Test func fileErrorsSayWhatWentWrongAndNameThePath() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("file.txt").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    let cases: [(path: String, message: String)] = [
      (folder.path + "/", "it is a folder"),
      (folder.path, "it is a folder"),
      (file + "/map.svg", "'\(file)' is a file, not a folder"),
      (file + "/deeper/map.svg", "'\(file)' is a file, not a folder"),
      (folder.path + "/" + String(repeating: "n", count: 300) + ".svg", "the file name is too long"),
      ("", "no file name"),
    ]
    for (path, message) in cases {
      #expect(throws: DiagramError.write(path: path, message: message), "\(path)") {
        try DiagramFile.write(Data("<svg/>".utf8), to: path)
      }
    }
    let written = folder.appendingPathComponent("a/b/map.svg").path
    try DiagramFile.write(Data("<svg/>".utf8), to: written)
    #expect(FileManager.default.contents(atPath: written) == Data("<svg/>".utf8))
  }

  @Test func messagesQuotePathsOnOneLine() {
    let error = DiagramError.write(path: "a\nb\u{7}c\u{2028}.svg", message: "it is a folder")
    #expect(error.description == #"cannot write 'a\u{a}b\u{7}c\u{2028}.svg': it is a folder"#)
    #expect(
      DiagramFile.reason(CocoaError(.fileWriteOutOfSpace), folder: nil) == "no space left on the device")
    #expect(DiagramFile.reason(POSIXError(.EACCES), folder: nil) == "permission denied")
    #expect(DiagramFile.reason(NSError(domain: "X", code: 7), folder: nil) == "error 7 (X)")
  }
}
