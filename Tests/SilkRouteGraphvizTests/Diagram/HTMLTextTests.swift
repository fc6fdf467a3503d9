import SilkRouteGraphviz
import Testing

/// Escaping of text that reaches Graphviz HTML-like labels.
struct HTMLTextTests {
  @Test func htmlTextEscapesMarkup() {
    #expect(HTMLText.escape(#"<b>"A" & 'B'</b>"#) == "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;")
    #expect(HTMLText.escape("a\nb") == "a b")
  }
}
