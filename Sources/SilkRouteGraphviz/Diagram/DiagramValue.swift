/// A Graphviz attribute value, and how it must be escaped.
public enum DiagramValue: Hashable, Sendable {
  /// Graphviz syntax the program wrote itself: a colour, a number, a shape, a style. Never text
  /// from the data.
  case literal(String)
  /// Text from the data shown as is in a label: escaped so that nothing in it is read as a
  /// Graphviz escape sequence, an HTML entity or a line break.
  case text(String)
  /// Text from the data shown as a tooltip (SVG `xlink:title`), escaped likewise.
  case tooltip(String)
  /// Several lines of text, each escaped like `.text`, centred.
  case lines([String])
  /// An HTML-like label (`<TABLE>…</TABLE>`) built with `HTMLText.escape` for every piece of
  /// data in it.
  case html(String)

  /// The string handed to cgraph, and whether it is an HTML-like label.
  var graphvizValue: (value: String, isHTML: Bool) {
    switch self {
    case .literal(let value): (value, false)
    case .text(let text): (LabelText.escape(text), false)
    case .tooltip(let text): (LabelText.escapeTooltip(text), false)
    case .lines(let lines): (lines.map(LabelText.escape).joined(separator: "\\n"), false)
    case .html(let markup): (markup, true)
    }
  }
}
