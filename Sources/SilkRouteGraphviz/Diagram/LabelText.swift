/// Escaping for ordinary (non-HTML) label text, Graphviz's `escString`.
public enum LabelText {
  /// `text` made safe for a label, xlabel or tooltip: backslashes doubled (so `\N`, `\n`, `\l`
  /// stay literal), `&` written `&amp;` (Graphviz turns entities in labels into characters,
  /// and SVG output keeps entity-looking text as is), control and line-separator characters
  /// (newlines, tabs, NUL) replaced by a space. Quotes and angle brackets need nothing: values
  /// reach cgraph through its API, never through DOT text, and its writers quote them.
  public static func escape(_ text: String) -> String { escape(text, backslash: "\\\\") }

  /// `text` made safe for a tooltip. Graphviz unescapes a tooltip twice (its own escapes,
  /// then the object substitutions `\N`, `\G`), so a backslash is written as four.
  public static func escapeTooltip(_ text: String) -> String { escape(text, backslash: "\\\\\\\\") }

  private static func escape(_ text: String, backslash: String) -> String {
    GraphvizText.escape(text) { scalar in
      switch scalar {
      case "\\": backslash
      case "&": "&amp;"
      default: nil
      }
    }
  }
}
