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
    var records: [Row] = []
    var fields: [Field] = []
    var field = ""
    var fieldLine = 1
    var fieldColumn = 1
    var line = 1
    var column = 1
    var inQuotes = false
    var afterClosingQuote = false
    var rowLine = 1
    var iterator = text.makeIterator()
    var pending: Character?

    func location(_ l: Int, _ c: Int) -> SourceLocation {
      SourceLocation(file: file, line: l, column: c)
    }

    while let character = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
              column += 2
              continue
            }
            pending = next
          }
          inQuotes = false
          afterClosingQuote = true
          column += 1
        } else {
          field.append(character)
          if character == "\n" || character == "\r\n" {
            line += 1
            column = 1
          } else {
            column += 1
          }
        }
        continue
      }
      switch character {
      case ",":
        fields.append(Field(text: field, line: fieldLine, column: fieldColumn))
        field = ""
        afterClosingQuote = false
        column += 1
        fieldLine = line
        fieldColumn = column
      case "\n", "\r\n", "\r":
        fields.append(Field(text: field, line: fieldLine, column: fieldColumn))
        records.append(Row(fields: fields, line: rowLine))
        fields = []
        field = ""
        afterClosingQuote = false
        line += 1
        column = 1
        rowLine = line
        fieldLine = line
        fieldColumn = 1
      case "\"" where field.isEmpty && !afterClosingQuote:
        inQuotes = true
        column += 1
      default:
        if afterClosingQuote || character == "\"" {
          throw DataFileError(
            location: location(line, column), value: String(character),
            message: character == "\""
              ? "a quote inside an unquoted field: quote the whole field and double the quote"
              : "unexpected character after a closing quote")
        }
        field.append(character)
        column += 1
      }
    }
    if inQuotes {
      throw DataFileError(
        location: location(fieldLine, fieldColumn), message: "quoted field is never closed")
    }
    if !fields.isEmpty || !field.isEmpty || afterClosingQuote {
      fields.append(Field(text: field, line: fieldLine, column: fieldColumn))
      records.append(Row(fields: fields, line: rowLine))
    }
    // Blank lines carry no record.
    records.removeAll { $0.fields.count == 1 && $0.fields[0].text.isEmpty }
    guard let first = records.first else {
      throw DataFileError(location: location(1, 1), message: "empty file: expected a header row")
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
