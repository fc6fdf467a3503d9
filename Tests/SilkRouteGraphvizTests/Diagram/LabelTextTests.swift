import SilkRouteGraphviz
import Testing

/// Escaping of text that reaches Graphviz labels.
struct LabelTextTests {
  @Test func labelTextNeutralisesEscapesEntitiesAndControlCharacters() {
    #expect(LabelText.escape(#"a\N\n\"#) == #"a\\N\\n\\"#)
    #expect(LabelText.escape("x & &nbsp; y") == "x &amp; &amp;nbsp; y")
    #expect(LabelText.escape("one\ntwo\tthree\r\u{0}") == "one two three  ")
    #expect(LabelText.escape("\"<b>\"") == "\"<b>\"")
    #expect(LabelText.escape("Biên Hòa 北京") == "Biên Hòa 北京")
  }
}
