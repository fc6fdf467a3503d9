import Foundation
import GRDB
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Migration v5: the cargo-class surcharge table, and the cities table rebuilt so that its status
/// may be `transit` (a database of v4 keeps its rows and foreign keys).
@Suite struct SchemaV5Tests {
  /// Inserts a row with every column filled by a neutral value, then `values` over it.
  func insert(_ table: String, _ values: [String: DatabaseValueConvertible], _ db: Database) throws {
    var row: [String: DatabaseValueConvertible] = [:]
    for column in try db.columns(in: table) {
      row[column.name] =
        column.type.uppercased() == "INTEGER" ? 0 : (column.type.uppercased() == "DOUBLE" ? 0.0 : "")
    }
    for (key, value) in values { row[key] = value }
    let names = row.keys.sorted()
    try db.execute(
      sql:
        "INSERT INTO \(table.quotedDatabaseIdentifier) (\(names.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
      arguments: StatementArguments(names.map { row[$0]! }))
  }

  @Test func v4DatabaseMigratesAndAcceptsTransitCities() throws {
    let path = Fixture.scratch(#function).appendingPathComponent("v4.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try StoreSchema.migrator.migrate(queue, upTo: "v4")
    try queue.write { db in
      try insert("customs_territories", ["id": "tm", "name": "Turkmenistan", "seq": 1], db)
      try insert(
        "countries", ["iso2": "TM", "name": "Turkmenistan", "customs_territory": "tm", "seq": 1], db)
      try insert(
        "cities", ["id": "ashgabat", "name": "Ashgabat", "country": "TM", "status": "inferred", "seq": 1], db)
      #expect(throws: (any Error).self) {
        try insert(
          "cities", ["id": "etrek", "name": "Etrek", "country": "TM", "status": "transit", "seq": 2], db)
      }
    }
    try StoreSchema.migrator.migrate(queue)
    try queue.write { db in
      #expect(try db.tableExists("cargo_class_surcharges"))
      #expect(try String.fetchAll(db, sql: "SELECT id FROM cities") == ["ashgabat"])
      try insert(
        "cities", ["id": "etrek", "name": "Etrek", "country": "TM", "status": "transit", "seq": 2], db)
      #expect(throws: (any Error).self) {
        try insert(
          "cities", ["id": "nowhere", "name": "Nowhere", "country": "TM", "status": "unknown", "seq": 3], db)
      }
      #expect(try db.foreignKeys(on: "cities").map(\.destinationTable) == ["countries"])
      #expect(try db.indexes(on: "cities").contains { $0.columns == ["country"] })
      let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      #expect(violations.isEmpty)
    }
  }
}
