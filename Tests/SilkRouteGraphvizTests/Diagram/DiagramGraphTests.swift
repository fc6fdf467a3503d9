import SilkRouteGraphviz
import Testing

/// Escaping of text that reaches Graphviz labels.
struct DiagramGraphTests {
  @Test func labelTextNeutralisesEscapesEntitiesAndControlCharacters() {
    #expect(LabelText.escape(#"a\N\n\"#) == #"a\\N\\n\\"#)
    #expect(LabelText.escape("x & &nbsp; y") == "x &amp; &amp;nbsp; y")
    #expect(LabelText.escape("one\ntwo\tthree\r\u{0}") == "one two three  ")
    #expect(LabelText.escape("\"<b>\"") == "\"<b>\"")
    #expect(LabelText.escape("Biên Hòa 北京") == "Biên Hòa 北京")
  }

  @Test func htmlTextEscapesMarkup() {
    #expect(HTMLText.escape(#"<b>"A" & 'B'</b>"#) == "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;")
    #expect(HTMLText.escape("a\nb") == "a b")
  }

  @Test func linesAreJoinedWithGraphvizLineBreaks() {
    let graph = DiagramGraph(nodes: [.init(id: "n", attributes: ["label": .lines(["a\\", "b"])])])
    #expect(graph.nodes[0].attributes["label"] == .lines(["a\\", "b"]))
  }

  @Test func laterAttributesReplaceEarlierOnes() {
    var attributes: DiagramAttributes = ["color": .literal("red"), "style": .literal("dashed")]
    attributes["color"] = .literal("blue")
    #expect(attributes.entries.map(\.name) == ["style", "color"])
    #expect(attributes.merging(["style": .literal("bold")])["style"] == .literal("bold"))
  }
}
