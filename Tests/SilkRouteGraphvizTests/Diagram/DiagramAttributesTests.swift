import SilkRouteGraphviz
import Testing

/// Attribute lists: a later value replaces an earlier one.
struct DiagramAttributesTests {
  @Test func laterAttributesReplaceEarlierOnes() {
    var attributes: DiagramAttributes = ["color": .literal("red"), "style": .literal("dashed")]
    attributes["color"] = .literal("blue")
    #expect(attributes.entries.map(\.name) == ["style", "color"])
    #expect(attributes.merging(["style": .literal("bold")])["style"] == .literal("bold"))
  }
}
