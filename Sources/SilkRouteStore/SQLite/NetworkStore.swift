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
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw StoreError("cannot open database \(path): \(Self.describe(error))")
    }
    // Never write to a database that is not ours: recognise it before migrating.
    let foreign: String?
    do {
      foreign = try queue.read { db in try Self.foreignness(db) }
    } catch {
      throw StoreError("cannot open database \(path): \(Self.describe(error))")
    }
    if let foreign {
      throw StoreError("\(path) is not a SilkRoute database (\(foreign)); it was left untouched")
    }
    do {
      try StoreSchema.migrator.migrate(queue)
    } catch {
      throw StoreError("cannot open database \(path): \(Self.describe(error))")
    }
    self.queue = queue
  }

  /// SQLite's `application_id` of a SilkRoute database ("SRK1"), set by every import.
  static let applicationID: Int32 = 0x5352_4B31

  /// Why the open database is not SilkRoute's, or nil: ours (our application id, or an older
  /// SilkRoute database from before the id, recognised by its tables), or empty (new).
  static func foreignness(_ db: Database) throws -> String? {
    let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if id == applicationID { return nil }
    let tables = Set(
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
    if tables.isEmpty && id == 0 { return nil }
    if id != 0 { return "its application id is \(id)" }
    let ours: Set<String> = ["grdb_migrations", "dataset", "citation", "cities", "services"]
    if tables.isSuperset(of: ours) { return nil }
    let others = tables.subtracting(ours).sorted()
    return
      "it holds other tables: \(others.prefix(5).joined(separator: ", "))\(others.count > 5 ? ", …" : "")"
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
      // A page cache large enough for the indexes of a million-service network (memory only:
      // the file's bytes do not depend on it).
      // Foreign keys are checked once for the whole import (`foreign_key_check` below) rather
      // than row by row: the same guarantee, without index probes for every citation.
      try queue.inDatabase { db in
        try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF")
      }
      defer { try? queue.inDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") } }
      try queue.inTransaction { db in
        try db.execute(sql: "DELETE FROM citation")
        for table in DataTables.all.reversed() {
          try db.execute(sql: "DELETE FROM \(table.name.quotedDatabaseIdentifier)")
        }
        for (table, count, fields) in RecordFields.lazyTables(of: data) {
          try insert(count, fields, into: table, db)
        }
        if let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
          let table: String = violation[0]
          let parent: String = violation[2]
          throw StoreError(
            "FOREIGN KEY constraint failed: a row of \(table) refers to a missing row of \(parent)")
        }
        try db.execute(
          sql: "INSERT OR REPLACE INTO dataset (key, value) VALUES ('version', ?)",
          arguments: [NetworkStore.version(of: data)])
        try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
        return .commit
      }
    } catch {
      throw StoreError("import failed, database unchanged: \(Self.describe(error))")
    }
  }

  private func insert(_ count: Int, _ record: (Int) -> Fields, into table: DataTable, _ db: Database) throws {
    let columns = table.columns.filter { !$0.kind.isCitation }
    let names = (["seq"] + columns.map(\.name)).map(\.quotedDatabaseIdentifier)
    let sql =
      "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(names.joined(separator: ", "))) "
      + "VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))"
    let statement = try db.makeStatement(sql: sql)
    let citation = try db.makeStatement(
      sql:
        "INSERT INTO citation (subject_table, subject_id, figure, position, source_id) VALUES (?, ?, ?, ?, ?)"
    )
    let figures = table.columns.filter { $0.kind.isCitation }.map(\.name)
    var values: [DatabaseValue] = []
    values.reserveCapacity(columns.count + 1)
    for seq in 0..<count {
      let fields = record(seq)
      values.removeAll(keepingCapacity: true)
      values.append(seq.databaseValue)
      for column in columns {
        switch fields[column.name] ?? .null {
        case .null: values.append(.null)
        case .text(let text): values.append(text.databaseValue)
        case .integer(let number): values.append(number.databaseValue)
        case .real(let number): values.append(number.databaseValue)
        case .list(let items): values.append(items.joined(separator: ";").databaseValue)
        }
      }
      try statement.execute(arguments: StatementArguments(values))
      let id = table.key(of: fields).databaseValue
      for figure in figures {
        for (position, source) in (fields[figure]?.list ?? []).enumerated() {
          try citation.execute(
            arguments: StatementArguments([
              table.name.databaseValue, id, figure.databaseValue, position.databaseValue,
              source.databaseValue,
            ]))
        }
      }
    }
  }

  /// The stored network's records, in file order.
  ///
  /// - Complexity: one pass over each table (in `seq` order) and over its citations (in key
  ///   order); source lists are shared between records that cite the same sources.
  public func load() throws(StoreError) -> NetworkData {
    do {
      return try queue.read { db in
        var data = NetworkData()
        var lists = ListInterner()
        for table in DataTables.all {
          try Self.load(table, db, into: &data, lists: &lists)
        }
        return data
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError("cannot read database \(path): \(Self.describe(error))")
    }
  }

  /// One shared instance per distinct list: most records cite the same few sources, so a
  /// million records need not hold a million equal arrays.
  struct ListInterner {
    private var canonical: [[String]: [String]] = [:]
    mutating func intern(_ list: [String]) -> [String] {
      if let shared = canonical[list] { return shared }
      canonical[list] = list
      return list
    }
  }

  /// Appends the records of `table` to `data`, in `seq` order, with their sources.
  private static func load(
    _ table: DataTable, _ db: Database, into data: inout NetworkData, lists: inout ListInterner
  ) throws {
    let stored = table.columns.filter { !$0.kind.isCitation }
    let figures = table.columns.filter { $0.kind.isCitation }.map(\.name)
    let name = table.name.quotedDatabaseIdentifier
    // Record position by identity (`id`, or `service/direction` for composite keys).
    let key = table.identity.map(\.quotedDatabaseIdentifier).joined(separator: " || '/' || ")
    var position: [String: Int] = [:]
    let ids = try String.fetchCursor(db, sql: "SELECT \(key) FROM \(name) ORDER BY seq")
    while let id = try ids.next() { position[id] = position.count }
    // cited[figure][record]: the sources of one figure of one record.
    var cited = [[[String]]](
      repeating: [[String]](repeating: [], count: position.count), count: figures.count)
    if !figures.isEmpty {
      let rows = try Row.fetchCursor(
        db,
        sql:
          "SELECT subject_id, figure, source_id FROM citation WHERE subject_table = ? "
          + "ORDER BY subject_id, figure, position",
        arguments: [table.name])
      var subject = ""
      var record: Int?
      var figure = -1
      var pending: [String] = []
      func flush() {
        if let record, figure >= 0, !pending.isEmpty { cited[figure][record] = lists.intern(pending) }
        pending.removeAll(keepingCapacity: true)
      }
      while let row = try rows.next() {
        let rowSubject = try row.decode(String.self, atIndex: 0)
        let rowFigure = try row.decode(String.self, atIndex: 1)
        let newSubject = rowSubject != subject
        let figureIndex = figures.firstIndex(of: rowFigure) ?? -1
        if newSubject || figureIndex != figure {
          flush()
          if newSubject {
            subject = rowSubject
            record = position[rowSubject]
          }
          figure = figureIndex
        }
        pending.append(try row.decode(String.self, atIndex: 2))
      }
      flush()
    }
    let columns = (["seq"] + stored.map(\.name)).map(\.quotedDatabaseIdentifier).joined(separator: ", ")
    let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(name) ORDER BY seq")
    var index = 0
    while let row = try rows.next() {
      var fields = Fields(table: table.name)
      fields.values.reserveCapacity(table.columns.count)
      for (offset, column) in stored.enumerated() {
        fields[column.name] = try value(of: column, in: row, at: offset + 1, lists: &lists)
      }
      for (figure, column) in figures.enumerated() { fields[column] = .list(cited[figure][index]) }
      try RecordFields.append(fields, of: table, to: &data)
      index += 1
    }
  }

  private static func value(
    of column: Column, in row: Row, at index: Int, lists: inout ListInterner
  ) throws -> FieldValue {
    switch column.kind {
    case .sources, .optionalSources:
      return .list([])  // read from the citation table
    case .list, .weekdays, .clockTimes:
      let text = try row.decode(String.self, atIndex: index)
      return .list(
        text.isEmpty
          ? [] : lists.intern(text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)))
    case .integer, .duration, .usd, .yesNo, .optionalDuration, .utcOffset, .factor:
      return row.hasNull(atIndex: index) ? .null : .integer(try row.decode(Int64.self, atIndex: index))
    case .decimal:
      return .real(try row.decode(Double.self, atIndex: index))
    case .text, .requiredText, .choice, .date, .exchangeRate:
      return .text(try row.decode(String.self, atIndex: index))
    case .optionalChoice:
      return row.hasNull(atIndex: index) ? .null : .text(try row.decode(String.self, atIndex: index))
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
  ///
  /// The same hash as over `DataFolder.render(data)`, computed one field at a time without
  /// building the text (canonical quoting: `"` around a field holding `,`, `"`, CR or LF, with
  /// inner `"` doubled, as `CSVDocument.render` writes it).
  public static func version(of data: NetworkData) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    func addLine(_ fields: [String]) {
      for (index, field) in fields.enumerated() {
        if index > 0 { add(UInt8(ascii: ",")) }
        let special: [UInt8] = [
          UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
        ]
        let needsQuotes = field.utf8.contains { (byte: UInt8) -> Bool in special.contains(byte) }
        if needsQuotes { add(0x22) }
        for byte in field.utf8 {
          add(byte)
          if needsQuotes && byte == 0x22 { add(byte) }
        }
        if needsQuotes { add(0x22) }
      }
      add(0x0A)
    }
    var line: [String] = []
    for (table, count, record) in RecordFields.lazyTables(of: data) {
      for byte in table.fileName.utf8 { add(byte) }
      add(0)
      addLine(table.columns.map(\.name))
      for index in 0..<count {
        let fields = record(index)
        line.removeAll(keepingCapacity: true)
        for column in table.columns {
          line.append(FieldText.format(fields[column.name] ?? .null, as: column.kind))
        }
        addLine(line)
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
