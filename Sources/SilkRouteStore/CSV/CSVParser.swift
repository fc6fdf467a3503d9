/// The state of reading one CSV text character by character: the records so far, the field being
/// read and where it started, and whether the reader is inside quotes. ``CSVDocument`` drives it
/// (it looks one character ahead for a doubled quote); every position is 1-based, in characters.
struct CSVParser {
  let file: String
  private(set) var records: [CSVDocument.Row] = []
  private var fields: [CSVDocument.Field] = []
  private var field = ""
  private var fieldLine = 1
  private var fieldColumn = 1
  private var line = 1
  private var column = 1
  private(set) var inQuotes = false
  private var afterClosingQuote = false
  private var rowLine = 1

  init(file: String) { self.file = file }

  /// A character outside quotes: a separator, a line end, an opening quote or field text.
  ///
  /// - Throws: `DataFileError` at a quote inside an unquoted field or a character after a
  ///   closing quote.
  mutating func read(_ character: Character) throws(DataFileError) {
    switch character {
    case ",":
      endField()
      column += 1
      fieldLine = line
      fieldColumn = column
    case "\n", "\r\n", "\r":
      endField()
      endRecord()
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
          location: SourceLocation(file: file, line: line, column: column), value: String(character),
          message: character == "\""
            ? "a quote inside an unquoted field: quote the whole field and double the quote"
            : "unexpected character after a closing quote")
      }
      field.append(character)
      column += 1
    }
  }

  /// A character inside quotes other than a quote: taken as it is, line ends included.
  mutating func appendQuoted(_ character: Character) {
    field.append(character)
    if character == "\n" || character == "\r\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  /// `""` inside quotes: one quote in the field.
  mutating func appendEscapedQuote() {
    field.append("\"")
    column += 2
  }

  /// The quote that ends a quoted field.
  mutating func closeQuote() {
    inQuotes = false
    afterClosingQuote = true
    column += 1
  }

  /// The records, the last one ended if the text does not end with a line break.
  ///
  /// - Throws: `DataFileError` at the start of a quoted field that is never closed.
  mutating func finish() throws(DataFileError) -> [CSVDocument.Row] {
    if inQuotes {
      throw DataFileError(
        location: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
        message: "quoted field is never closed")
    }
    if !fields.isEmpty || !field.isEmpty || afterClosingQuote {
      endField()
      endRecord()
    }
    return records
  }

  private mutating func endField() {
    fields.append(CSVDocument.Field(text: field, line: fieldLine, column: fieldColumn))
    field = ""
    afterClosingQuote = false
  }

  private mutating func endRecord() {
    records.append(CSVDocument.Row(fields: fields, line: rowLine))
    fields = []
  }
}
