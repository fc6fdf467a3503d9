import Foundation
import GRDB
import SilkRoute

/// A SQLite database holding one network. Every write is one transaction: an import either
/// completes or changes nothing.
public final class NetworkStore: Sendable {
  public let path: String
  private let queue: DatabaseQueue

  /// Opens (creating when `create` is true) the database at `path` and migrates it.
  ///
  /// - Throws: `StoreError` when the file is missing (and `create` is false), unreadable, or not
  ///   a SilkRoute database.
  public init(path: String, create: Bool = false) throws(StoreError) {
    self.path = path
    if !create && !FileManager.default.fileExists(atPath: path) {
      throw StoreError("database not found: \(path) (create it with 'silkroute data import')")
    }
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.readonly = false
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try StoreSchema.migrator.migrate(queue)
    } catch {
      throw StoreError("cannot open database \(path): \(Self.describe(error))")
    }
  }

  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      return error.message ?? "\(error.resultCode)"
    }
    return "\(error)"
  }

  /// Replaces the stored network with `data` in one transaction.
  ///
  /// - Throws: `StoreError`; on failure the database is exactly as before.
  public func replace(with data: NetworkData) throws(StoreError) {
    do {
      try queue.inTransaction { db in
        try db.execute(sql: "DELETE FROM citation")
        for table in DataTables.all.reversed() {
          try db.execute(sql: "DELETE FROM \(table.name.quotedDatabaseIdentifier)")
        }
        for (table, rows) in RecordFields.tables(of: data) {
          try insert(rows, into: table, db)
        }
        try db.execute(
          sql: "INSERT OR REPLACE INTO dataset (key, value) VALUES ('version', ?)",
          arguments: [NetworkStore.version(of: data)])
        return .commit
      }
    } catch {
      throw StoreError("import failed, database unchanged: \(Self.describe(error))")
    }
  }

  private func insert(_ rows: [Fields], into table: DataTable, _ db: Database) throws {
    let columns = table.columns.filter { $0.kind != .sources }
    let names = (["seq"] + columns.map(\.name)).map(\.quotedDatabaseIdentifier)
    let sql =
      "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(names.joined(separator: ", "))) "
      + "VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))"
    let statement = try db.makeStatement(sql: sql)
    let citation = try db.makeStatement(
      sql:
        "INSERT INTO citation (subject_table, subject_id, figure, position, source_id) VALUES (?, ?, ?, ?, ?)"
    )
    for (seq, fields) in rows.enumerated() {
      var values: [(any DatabaseValueConvertible)?] = [seq]
      for column in columns {
        switch fields[column.name] ?? .null {
        case .null: values.append(nil)
        case .text(let text): values.append(text)
        case .integer(let number): values.append(number)
        case .real(let number): values.append(number)
        case .list(let items): values.append(items.joined(separator: ";"))
        }
      }
      try statement.execute(arguments: StatementArguments(values))
      let id = table.key(of: fields)
      for column in table.columns where column.kind == .sources {
        for (position, source) in (fields[column.name]?.list ?? []).enumerated() {
          try citation.execute(arguments: [table.name, id, column.name, position, source])
        }
      }
    }
  }

  /// The stored network's records, in file order.
  public func load() throws(StoreError) -> NetworkData {
    do {
      return try queue.read { db in
        var data = NetworkData()
        var citations: [String: [String]] = [:]
        let citationRows = try Row.fetchCursor(
          db,
          sql:
            "SELECT subject_table, subject_id, figure, source_id FROM citation ORDER BY subject_table, subject_id, figure, position"
        )
        while let row = try citationRows.next() {
          let key = [
            try row.decode(String.self, forColumn: "subject_table"),
            try row.decode(String.self, forColumn: "subject_id"),
            try row.decode(String.self, forColumn: "figure"),
          ].joined(separator: "\u{1F}")
          citations[key, default: []].append(try row.decode(String.self, forColumn: "source_id"))
        }
        for table in DataTables.all {
          let rows = try Row.fetchCursor(
            db, sql: "SELECT * FROM \(table.name.quotedDatabaseIdentifier) ORDER BY seq")
          while let row = try rows.next() {
            var fields = Fields(table: table.name)
            var keyParts: [String] = []
            for column in table.identity { keyParts.append(try row.decode(String.self, forColumn: column)) }
            let id = keyParts.joined(separator: "/")
            for column in table.columns {
              fields[column.name] = try value(
                of: column, in: row, table: table.name, id: id, citations: citations)
            }
            try RecordFields.append(fields, of: table, to: &data)
          }
        }
        return data
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError("cannot read database \(path): \(Self.describe(error))")
    }
  }

  private func value(
    of column: Column, in row: Row, table: String, id: String, citations: [String: [String]]
  ) throws -> FieldValue {
    switch column.kind {
    case .sources:
      return .list(citations[[table, id, column.name].joined(separator: "\u{1F}")] ?? [])
    case .list, .weekdays, .clockTimes:
      let text = try row.decode(String.self, forColumn: column.name)
      return .list(
        text.isEmpty ? [] : text.split(separator: ";", omittingEmptySubsequences: false).map(String.init))
    case .integer, .duration, .usd, .yesNo, .optionalDuration, .utcOffset:
      let number = try row.decode(Int64?.self, forColumn: column.name)
      return number.map(FieldValue.integer) ?? .null
    case .decimal:
      return .real(try row.decode(Double.self, forColumn: column.name))
    case .text, .requiredText, .choice, .date:
      return .text(try row.decode(String.self, forColumn: column.name))
    case .optionalChoice:
      return (try row.decode(String?.self, forColumn: column.name)).map(FieldValue.text) ?? .null
    }
  }

  /// Loads the stored network into memory.
  public func loadNetwork() throws -> TransportNetwork {
    try TransportNetwork(try load())
  }

  /// The content hash recorded at import (`nil` before any import).
  public func datasetVersion() throws(StoreError) -> String? {
    do {
      return try queue.read { db in
        try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = 'version'")
      }
    } catch {
      throw StoreError("cannot read database \(path): \(Self.describe(error))")
    }
  }

  /// A content hash of the dataset (FNV-1a 64 over its canonical CSV text), to stamp quotes.
  public static func version(of data: NetworkData) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (fileName, text) in DataFolder.render(data) {
      for byte in fileName.utf8 + [0] + text.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
