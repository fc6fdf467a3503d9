/// The escaping loop shared by plain and HTML-like labels.
enum GraphvizText {
  /// `text` with each scalar that `replacement` maps replaced, and control, line-separator and
  /// format characters (newlines, tabs, NUL) replaced by a space.
  static func escape(_ text: String, replacement: (Unicode.Scalar) -> String?) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) {
        escaped += replaced
        continue
      }
      switch scalar.properties.generalCategory {
      case .control, .lineSeparator, .paragraphSeparator, .format, .surrogate, .unassigned:
        escaped += " "
      default:
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
