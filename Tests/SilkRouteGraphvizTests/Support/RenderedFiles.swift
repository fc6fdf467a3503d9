import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG document read with Foundation's XMLParser: parsing fails unless it is well-formed XML.
struct SVGDocument {
  /// The contents of every `<text>` element, whitespace runs collapsed to one space.
  var texts: [String] = []
  /// Every `xlink:title` (tooltip) attribute.
  var titles: [String] = []
  /// The name of every element used.
  var elementNames: Set<String> = []

  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  init(_ data: Data) throws {
    let collector = Collector()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.delegate = collector
    guard parser.parse() else {
      throw Malformed(
        description: "SVG is not well-formed XML at line \(parser.lineNumber): "
          + (parser.parserError.map { "\($0)" } ?? "unknown error"))
    }
    texts = collector.texts.map(Self.collapse)
    titles = collector.titles
    elementNames = collector.names
  }

  /// Whether some `<text>` element reads `text` (whitespace collapsed).
  func hasText(_ text: String) -> Bool { texts.contains(Self.collapse(text)) }

  static func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var titles: [String] = []
    var names: Set<String> = []
    private var current: String?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      names.insert(name)
      if name == "text" { current = "" }
      if let title = attributes["xlink:title"] { titles.append(title) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      current? += string
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      if name == "text", let text = current {
        texts.append(text)
        current = nil
      }
    }
  }
}

/// The width and height in a PNG's IHDR chunk, or nil when `data` is not a PNG.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
  let bytes = [UInt8](data.prefix(24))
  guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    bytes[12..<16] == [0x49, 0x48, 0x44, 0x52][...]
  else { return nil }
  func integer(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 << 8 | Int($1) } }
  return (integer(16..<20), integer(20..<24))
}
