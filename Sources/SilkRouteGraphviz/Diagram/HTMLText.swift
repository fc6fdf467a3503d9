/// Escaping for text inside HTML-like labels.
public enum HTMLText {
  /// `text` made safe between HTML-like label tags: `& < > " '` as entities, a backslash
  /// doubled (Graphviz substitutes `\N`, `\G` in HTML text too), control and line-separator
  /// characters replaced by a space.
  public static func escape(_ text: String) -> String {
    GraphvizText.escape(text) { scalar in
      switch scalar {
      case "\\": "\\\\"
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&#39;"
      default: nil
      }
    }
  }

  /// `content` between `open` and `close` tags, or nothing when it is empty: Graphviz rejects
  /// empty elements such as `<B></B>`.
  public static func wrap(_ content: String, _ open: String, _ close: String) -> String {
    content.isEmpty ? "" : open + content + close
  }
}
