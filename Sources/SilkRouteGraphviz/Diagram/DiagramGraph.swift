/// A graph to draw, as plain Swift values: what the diagram builders produce and
/// `GraphvizRenderer` hands to cgraph. Building one touches no C, so it is cheap to test.
public struct DiagramGraph: Hashable, Sendable {
  public var name: String
  public var directed: Bool
  public var attributes: DiagramAttributes
  public var nodeDefaults: DiagramAttributes
  public var edgeDefaults: DiagramAttributes
  public var nodes: [Node]
  public var edges: [Edge]

  public struct Node: Hashable, Sendable {
    /// The node's name in cgraph: an internal key (`city:12`), never text from the data.
    public var id: String
    public var attributes: DiagramAttributes

    public init(id: String, attributes: DiagramAttributes = [:]) {
      self.id = id
      self.attributes = attributes
    }
  }

  public struct Edge: Hashable, Sendable {
    public var tail: String
    public var head: String
    public var attributes: DiagramAttributes

    public init(tail: String, head: String, attributes: DiagramAttributes = [:]) {
      self.tail = tail
      self.head = head
      self.attributes = attributes
    }
  }

  public init(
    name: String = "G", directed: Bool = false, attributes: DiagramAttributes = [:],
    nodeDefaults: DiagramAttributes = [:], edgeDefaults: DiagramAttributes = [:], nodes: [Node] = [],
    edges: [Edge] = []
  ) {
    self.name = name
    self.directed = directed
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.edges = edges
  }
}

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

/// Attributes in the order they were set (later settings of a name win).
public struct DiagramAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
  public struct Entry: Hashable, Sendable {
    public var name: String
    public var value: DiagramValue
  }
  public private(set) var entries: [Entry] = []

  public init(dictionaryLiteral elements: (String, DiagramValue)...) {
    for (name, value) in elements { self[name] = value }
  }

  public subscript(name: String) -> DiagramValue? {
    get { entries.last { $0.name == name }?.value }
    set {
      entries.removeAll { $0.name == name }
      if let newValue { entries.append(Entry(name: name, value: newValue)) }
    }
  }

  public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }

  /// `self` with `other`'s entries set on top.
  public func merging(_ other: DiagramAttributes) -> DiagramAttributes {
    var merged = self
    for entry in other { merged[entry.name] = entry.value }
    return merged
  }
}

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
