import Foundation
import SilkRoute
import SilkRouteGraphviz
import Testing

/// Writes the diagrams a person should look at into `$TMPDIR/silkroute-diagrams/` (set
/// `SILKROUTE_DIAGRAM_GALLERY=1`): the README's network and route pictures come from here.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SILKROUTE_DIAGRAM_GALLERY"] != nil))
struct DiagramGalleryTests {
  @Test func writeGallery() throws {
    let folder = ReferenceNetwork.outputFolder()
    let network = ReferenceNetwork.network
    for format in [RenderFormat.png, .svg] {
      let path = folder.appendingPathComponent("network.\(format.rawValue)").path
      try NetworkDiagram.write(network: network, to: path, options: .init(title: "SCODA multimodal network"))
      print("wrote \(path)")
    }
  }
}
