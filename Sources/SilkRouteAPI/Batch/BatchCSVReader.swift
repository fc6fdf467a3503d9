/// Reads CSV (RFC 4180) one record at a time from bytes read as they are needed. A record whose
/// quoting is broken is returned with its error, located, and reading goes on at the next line,
/// so one bad row does not end the file. Positions are 1-based; columns count characters.
struct BatchCSVReader {
  private let bytes: BatchBytes
  private var line = 1
  private var column = 1
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  init(_ bytes: BatchBytes) { self.bytes = bytes }

  /// The next record, or nil at the end of the input.
  ///
  /// - Throws: the input's read error.
  mutating func next() throws -> BatchCSVRecord? {
    guard try bytes.peek() != nil else { return nil }
    var record = BatchCSVRecord(line: line)
    while true {
      record.columns.append(column)
      let start = (line, column)
      var field: [UInt8] = []
      let quoted = try bytes.peek() == Self.quote
      if quoted { try advance() }
      while true {
        guard let byte = try bytes.peek() else {
          if quoted {
            record.error = BatchRowError(column: start.1, message: "quoted field is never closed")
            record.errorLine = start.0
          }
          record.fields.append(String(decoding: field, as: UTF8.self))
          return record
        }
        if quoted {
          try advance()
          if byte != Self.quote {
            field.append(byte)
            continue
          }
          if try bytes.peek() == Self.quote {
            try advance()
            field.append(byte)
            continue
          }
          // The closing quote: a separator, a line end or the end must follow.
          if let after = try bytes.peek(), after != Self.comma, after != Self.newline,
            after != Self.carriageReturn
          {
            return try skipLine(
              record, column: column, message: "unexpected character after a closing quote")
          }
          break
        }
        if byte == Self.comma || byte == Self.newline || byte == Self.carriageReturn { break }
        if byte == Self.quote {
          return try skipLine(
            record, column: column,
            message: "a quote inside an unquoted field: quote the whole field and double the quote")
        }
        try advance()
        field.append(byte)
      }
      record.fields.append(String(decoding: field, as: UTF8.self))
      if try endOfRecord() { return record }
    }
  }

  /// After a field: true at a line end (taken) or the end of the input, false after a comma.
  private mutating func endOfRecord() throws -> Bool {
    guard let byte = try bytes.peek() else { return true }
    try advance()
    if byte == Self.comma { return false }
    guard byte == Self.carriageReturn else { return true }
    if try bytes.peek() == Self.newline {
      try advance()
    } else {
      // A lone carriage return ends the line too.
      line += 1
      column = 1
    }
    return true
  }

  /// The record with its error at `column` of the current line; the rest of the line skipped.
  private mutating func skipLine(_ record: BatchCSVRecord, column: Int, message: String) throws
    -> BatchCSVRecord
  {
    var record = record
    record.error = BatchRowError(column: column, message: message)
    record.errorLine = line
    while let byte = try bytes.peek() {
      try advance()
      if byte == Self.newline { break }
    }
    return record
  }

  /// Takes one byte, keeping the line and column (continuation bytes of UTF-8 add no column).
  private mutating func advance() throws {
    guard let byte = try bytes.next() else { return }
    if byte == Self.newline {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
}
