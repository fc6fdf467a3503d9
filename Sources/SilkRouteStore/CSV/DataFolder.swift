import Foundation
import SilkRoute

/// The human-editable CSV files of a network (`Data/`): reading with exact error positions,
/// checking every invariant, and writing canonical CSV back.
public enum DataFolder {
  /// Where each record and field came from, to point invariant issues at file:line:column.
  public struct Locations: Sendable {
    struct Record: Sendable {
      var line: Int
      var columns: [String: Int]
    }
    var files: [String: (file: String, records: [Record])] = [:]

    func location(of issue: NetworkIssue) -> SourceLocation {
      let table = issue.table.rawValue
      guard let entry = files[table] else {
        return SourceLocation(file: table + ".csv", line: 1, column: 1)
      }
      guard let index = issue.recordIndex, entry.records.indices.contains(index) else {
        return SourceLocation(file: entry.file, line: 1, column: 1)
      }
      let record = entry.records[index]
      let column = issue.field.flatMap { record.columns[$0] } ?? 1
      return SourceLocation(file: entry.file, line: record.line, column: column)
    }
  }

  /// Reads every table of `folder`.
  ///
  /// - Throws: `DataFileError` for a missing file, a malformed CSV or a value of the wrong form.
  public static func read(_ folder: URL) throws(DataFileError) -> (NetworkData, Locations) {
    var data = NetworkData()
    var locations = Locations()
    for table in DataTables.all {
      let url = folder.appendingPathComponent(table.fileName)
      let displayName = table.fileName
      if table.isOptional && !FileManager.default.fileExists(atPath: url.path) { continue }
      let bytes: Data
      do {
        bytes = try Data(contentsOf: url)
      } catch {
        throw DataFileError(
          location: SourceLocation(file: url.path, line: 1, column: 1),
          message:
            "cannot read \(displayName) (\(FileManager.default.fileExists(atPath: url.path) ? "unreadable" : "missing file"))"
        )
      }
      let text = try checkedText(bytes, file: displayName)
      let document = try CSVDocument(parsing: text, file: displayName)
      let records = try parse(document, as: table, into: &data)
      locations.files[table.issueTable.rawValue] = (displayName, records)
    }
    return (data, locations)
  }

  /// The file as text, refusing invalid UTF-8 and control characters (NUL, escape…; tab and line
  /// breaks are allowed) at their line and column.
  static func checkedText(_ bytes: Data, file: String) throws(DataFileError) -> String {
    var line = 1
    var column = 1
    var index = bytes.startIndex
    func fail(_ message: String) -> DataFileError {
      DataFileError(location: SourceLocation(file: file, line: line, column: column), message: message)
    }
    while index < bytes.endIndex {
      let lead = bytes[index]
      let length: Int
      var scalar: UInt32
      switch lead {
      case 0x00..<0x80: (length, scalar) = (1, UInt32(lead))
      case 0xC2..<0xE0: (length, scalar) = (2, UInt32(lead & 0x1F))
      case 0xE0..<0xF0: (length, scalar) = (3, UInt32(lead & 0x0F))
      case 0xF0..<0xF5: (length, scalar) = (4, UInt32(lead & 0x07))
      default: throw fail(String(format: "invalid UTF-8: byte 0x%02X cannot start a character", lead))
      }
      guard bytes.endIndex - index >= length else {
        throw fail("invalid UTF-8: the file ends inside a character")
      }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else {
          throw fail(String(format: "invalid UTF-8: byte 0x%02X inside a character", byte))
        }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      let minimum: [UInt32] = [0, 0, 0x80, 0x800, 0x10000]
      guard scalar >= minimum[length], scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
        throw fail("invalid UTF-8: an overlong or out-of-range character")
      }
      if scalar < 0x20 && scalar != 0x09 && scalar != 0x0A && scalar != 0x0D || scalar == 0x7F {
        throw fail(String(format: "control character U+%04X is not allowed", scalar))
      }
      if scalar == 0x0A {
        line += 1
        column = 1
      } else if scalar != 0x0D {
        column += 1
      }
      index += length
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func parse(_ document: CSVDocument, as table: DataTable, into data: inout NetworkData)
    throws(DataFileError) -> [Locations.Record]
  {
    let names = document.header.map(\.text)
    for field in document.header where table.column(field.text) == nil {
      throw DataFileError(
        location: SourceLocation(file: document.file, line: field.line, column: field.column),
        value: field.text,
        message: "unknown column; expected \(table.columns.map(\.name).joined(separator: ","))")
    }
    for column in table.columns where !names.contains(column.name) {
      throw DataFileError(
        location: SourceLocation(file: document.file, line: 1, column: 1), field: column.name,
        message: "missing column")
    }
    if let duplicate = names.enumerated().first(where: { names.firstIndex(of: $0.element) != $0.offset }) {
      let field = document.header[duplicate.offset]
      throw DataFileError(
        location: SourceLocation(file: document.file, line: field.line, column: field.column),
        value: field.text, message: "duplicate column")
    }
    var records: [Locations.Record] = []
    var firstLine: [String: Int] = [:]
    for row in document.rows {
      guard row.fields.count == names.count else {
        let last = row.fields.last
        throw DataFileError(
          location: SourceLocation(
            file: document.file, line: last?.line ?? row.line, column: last?.column ?? 1),
          message: "\(row.fields.count) fields, expected \(names.count) (\(names.joined(separator: ",")))")
      }
      var fields = Fields(table: table.name)
      var columns: [String: Int] = [:]
      for (name, field) in zip(names, row.fields) {
        guard let column = table.column(name) else { continue }
        columns[name] = field.column
        guard let value = FieldText.parse(field.text, as: column.kind) else {
          throw DataFileError(
            location: SourceLocation(file: document.file, line: field.line, column: field.column),
            field: name, value: field.text, message: "expected \(column.kind.expectation)")
        }
        fields[name] = value
      }
      do {
        try RecordFields.append(fields, of: table, to: &data)
      } catch {
        throw DataFileError(
          location: SourceLocation(file: document.file, line: row.line, column: 1),
          message: error.description)
      }
      // The database's keys, checked here so that validate reports what import would refuse.
      let key = table.key(of: fields)
      if let first = firstLine[key] {
        let column = columns[table.identity[0]] ?? 1
        throw DataFileError(
          location: SourceLocation(file: document.file, line: row.line, column: column),
          field: table.identity.joined(separator: "/"), value: key,
          message: "duplicate key (first at line \(first))")
      }
      firstLine[key] = row.line
      records.append(Locations.Record(line: row.line, columns: columns))
    }
    return records
  }

  /// Reads `folder` and checks every invariant of the network it describes.
  ///
  /// - Returns: the data when it is valid.
  /// - Throws: `DataValidationError` listing every problem with its file:line:column.
  public static func load(_ folder: URL) throws(DataValidationError) -> NetworkData {
    let data: NetworkData
    let locations: Locations
    do {
      (data, locations) = try read(folder)
    } catch {
      throw DataValidationError(problems: [error])
    }
    let issues = Self.issues(in: data)
    guard issues.isEmpty else {
      throw DataValidationError(
        problems: issues.map { issue in
          DataFileError(
            location: locations.location(of: issue), field: issue.field,
            message: issue.recordID.isEmpty ? issue.message : "'\(issue.recordID)': \(issue.message)")
        })
    }
    return data
  }

  /// Every invariant `data` breaks: references, values, connectivity.
  public static func issues(in data: NetworkData) -> [NetworkIssue] {
    do {
      return try TransportNetwork(data).validate()
    } catch {
      return error.issues
    }
  }

  /// The canonical CSV text of every table, by file name.
  public static func render(_ data: NetworkData) -> [(fileName: String, text: String)] {
    RecordFields.tables(of: data).map { table, rows in
      let header = table.columns.map(\.name)
      let lines = rows.map { fields in
        table.columns.map { column in FieldText.format(fields[column.name] ?? .null, as: column.kind) }
      }
      return (table.fileName, CSVDocument.render(header: header, rows: lines))
    }
  }

  /// Writes every table of `data` as canonical CSV into `folder` (created if needed).
  public static func write(_ data: NetworkData, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (fileName, text) in render(data) {
      try text.write(to: folder.appendingPathComponent(fileName), atomically: false, encoding: .utf8)
    }
  }
}
