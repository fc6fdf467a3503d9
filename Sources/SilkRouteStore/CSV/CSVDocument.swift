/// A CSV file parsed per RFC 4180 with the line and column of every field, so errors can point at
/// the character. (CSV.swift, the mirrored library, silently accepts unterminated or stray quotes
/// and keeps no positions; both are needed here.)
struct CSVDocument {
  struct Field {
    var text: String
    var line: Int
    var column: Int
  }
  struct Row {
    var fields: [Field]
    var line: Int
  }

  var file: String
  var header: [Field]
  var rows: [Row]

  /// Parses `text`; the first record is the header.
  ///
  /// - Throws: `DataFileError` at the position of an unterminated quote, a character after a
  ///   closing quote, or an empty file.
  init(parsing text: String, file: String) throws(DataFileError) {
    self.file = file
    var parser = CSVParser(file: file)
    var iterator = text.makeIterator()
    var pending: Character?
    while let character = pending ?? iterator.next() {
      pending = nil
      guard parser.inQuotes else {
        try parser.read(character)
        continue
      }
      if character == "\"" {
        // `""` inside quotes is one quote; any other quote closes the field.
        if let next = iterator.next() {
          if next == "\"" {
            parser.appendEscapedQuote()
            continue
          }
          pending = next
        }
        parser.closeQuote()
      } else {
        parser.appendQuoted(character)
      }
    }
    var records = try parser.finish()
    // Blank lines carry no record.
    records.removeAll { $0.fields.count == 1 && $0.fields[0].text.isEmpty }
    guard let first = records.first else {
      throw DataFileError(
        location: SourceLocation(file: file, line: 1, column: 1), message: "empty file: expected a header row"
      )
    }
    header = first.fields
    rows = Array(records.dropFirst())
  }

  /// Canonical CSV text: quotes only where needed, LF endings, a final newline.
  static func render(header: [String], rows: [[String]]) -> String {
    var text = ""
    for record in [header] + rows {
      text += record.map(quoted).joined(separator: ",")
      text += "\n"
    }
    return text
  }

  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
