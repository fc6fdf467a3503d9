import Foundation
import SilkRoute

/// A batch as CSV: a header row naming the columns (``BatchCSVColumns``: `id` and the JSON paths
/// of the request's fields), then one shipment per row. A row that cannot be read (bad quoting,
/// the wrong number of fields, a value of the wrong kind) is that row's error, located by line
/// and column; the other rows are answered. Blank lines are skipped.
///
/// ```
/// id,from,to,cargo.unit,cargo.count,objective,constraints.avoidModes
/// PO-1,Jiaozhou,Almaty,FEU,1,cheapest,
/// PO-2,Xi'an,Duisburg,TEU,2,fastest,air;sea
/// ```
public struct BatchCSVSource: BatchSource {
  private var reader: BatchCSVReader
  private let name: String
  private var header: [String]?

  /// - Parameter name: the file's path (or `stdin`), for the header's errors.
  public init(_ bytes: BatchBytes, name: String) {
    reader = BatchCSVReader(bytes)
    self.name = name
  }

  public mutating func nextRow(index: Int) throws -> BatchRow? {
    if header == nil { header = try readHeader() }
    guard let header else { return nil }
    while let record = try reader.next() {
      if record.fields == [""] && record.error == nil { continue }
      return { Self.entry(record, header: header, index: index) }
    }
    return nil
  }

  /// The header's columns, checked: each known and named once, `from` and `to` among them.
  private mutating func readHeader() throws -> [String] {
    guard let record = try reader.next() else {
      throw BatchInputError(source: name, line: 1, column: 1, message: "empty file: expected a header row")
    }
    if let error = record.error {
      throw BatchInputError(
        source: name, line: record.errorLine ?? record.line, column: error.column ?? 1, message: error.message
      )
    }
    let known = Set(BatchCSVColumns.known)
    var seen = Set<String>()
    for (name, column) in zip(record.fields, record.columns) {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard known.contains(trimmed) else {
        throw BatchInputError(
          source: self.name, line: record.line, column: column,
          message:
            "unknown column '\(trimmed)': columns are id and the request's JSON paths (\(BatchCSVColumns.known.dropFirst().joined(separator: ", ")))"
        )
      }
      guard seen.insert(trimmed).inserted else {
        throw BatchInputError(
          source: self.name, line: record.line, column: column, message: "column '\(trimmed)' appears twice")
      }
    }
    for required in ["from", "to"] where !seen.contains(required) {
      throw BatchInputError(
        source: name, line: record.line, column: 1, message: "no '\(required)' column: every row needs one")
    }
    return record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// One row's request and id, or its error located by column.
  static func entry(_ record: BatchCSVRecord, header: [String], index: Int) -> BatchEntry {
    let id = header.firstIndex(of: BatchCSVColumns.id).flatMap { column in
      column < record.fields.count ? record.fields[column] : nil
    }.flatMap { $0.isEmpty ? nil : $0 }
    func failed(_ error: BatchRowError) -> BatchEntry {
      BatchEntry(index: index, line: record.errorLine ?? record.line, id: id, request: .failure(error))
    }
    if let error = record.error { return failed(error) }
    guard record.fields.count == header.count else {
      return failed(
        BatchRowError(
          column: record.columns.last,
          message: "\(record.fields.count) fields, the header has \(header.count)"))
    }
    let object: [String: Any]
    do throws(BatchRowError) {
      object = try Self.object(record, header: header)
    } catch {
      return failed(error)
    }
    // Written straight to JSON bytes (every column is a known field, so nothing is ignored) and
    // decoded as a request body is.
    var bytes: [UInt8] = []
    guard let json = CanonicalJSON(object) else {
      return failed(BatchRowError(message: "the row cannot be written as JSON"))
    }
    json.write(to: &bytes)
    var entry = BatchEntry(
      index: index, line: record.line, id: id,
      request: Result { () throws(BatchRowError) -> RouteRequest in
        do {
          return try JSONDecoder().decode(RouteRequest.self, from: Data(bytes))
        } catch {
          throw BatchRowError(error)
        }
      })
    if case .failure(var error) = entry.request, let field = error.field {
      let bare = field.replacing(#/\[[0-9]+\]/#, with: "")
      error.column = header.firstIndex(of: bare).map { record.columns[$0] }
      entry.request = .failure(error)
    }
    return entry
  }

  /// The row as the JSON object of its request: each non-empty cell at its column's path.
  private static func object(_ record: BatchCSVRecord, header: [String]) throws(BatchRowError) -> [String:
    Any]
  {
    var object: [String: Any] = [:]
    var delayTargets: [String]?
    var delayMinutes: [Int64]?
    var itemUnits: [String]?
    var itemCounts: [Int64]?
    for (column, path) in header.enumerated() where path != BatchCSVColumns.id {
      let value: Any?
      do throws(BatchRowError) {
        value = try BatchCSVColumns.value(record.fields[column], path: path)
      } catch {
        var located = error
        located.column = record.columns[column]
        throw located
      }
      guard let value else { continue }
      switch path {
      case BatchCSVColumns.delayTargets: delayTargets = value as? [String]
      case BatchCSVColumns.delayMinutes: delayMinutes = value as? [Int64]
      case BatchCSVColumns.itemUnits: itemUnits = value as? [String]
      case BatchCSVColumns.itemCounts: itemCounts = value as? [Int64]
      default: set(value, at: path.split(separator: ".").map(String.init), in: &object)
      }
    }
    if let delays = try zipped(
      delayTargets, "target", delayMinutes, "delayMinutes", counted: BatchCSVColumns.delayMinutes,
      header: header, record: record, message: { "\($1) delays for \($0) targets: give one per target" })
    {
      var disruptions = object["disruptions"] as? [String: Any] ?? [:]
      disruptions["delays"] = ((disruptions["delays"] as? [[String: Any]]) ?? []) + delays
      object["disruptions"] = disruptions
    }
    if let items = try zipped(
      itemUnits, "unit", itemCounts, "count", counted: BatchCSVColumns.itemCounts,
      header: header, record: record, message: { "\($1) counts for \($0) units: give one per unit" })
    {
      var cargo = object["cargo"] as? [String: Any] ?? [:]
      cargo["items"] = items
      object["cargo"] = cargo
    }
    return object
  }

  /// Two list columns read as one list of objects (`{"target": …, "delayMinutes": …}`), nil when
  /// neither is given.
  ///
  /// - Throws: lists of different lengths, located at the `counted` column.
  private static func zipped(
    _ names: [String]?, _ nameKey: String, _ numbers: [Int64]?, _ numberKey: String, counted: String,
    header: [String], record: BatchCSVRecord, message: (Int, Int) -> String
  ) throws(BatchRowError) -> [[String: Any]]? {
    guard names != nil || numbers != nil else { return nil }
    let (names, numbers) = (names ?? [], numbers ?? [])
    guard names.count == numbers.count else {
      throw BatchRowError(
        field: counted, column: header.firstIndex(of: counted).map { record.columns[$0] },
        message: message(names.count, numbers.count))
    }
    return zip(names, numbers).map { [nameKey: $0, numberKey: $1] }
  }

  /// Sets `value` at a key path inside nested objects.
  private static func set(_ value: Any, at path: [String], in object: inout [String: Any]) {
    guard let key = path.first else { return }
    guard path.count > 1 else {
      object[key] = value
      return
    }
    var inner = object[key] as? [String: Any] ?? [:]
    set(value, at: Array(path.dropFirst()), in: &inner)
    object[key] = inner
  }
}
