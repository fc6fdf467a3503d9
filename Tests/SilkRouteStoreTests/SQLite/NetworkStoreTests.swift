import Foundation
import GRDB
import SilkRoute
import Testing

@testable import SilkRouteStore

@Suite struct NetworkStoreTests {
  @Test func migrationCreatesTablesForeignKeysAndIndexes() throws {
    let path = Fixture.database()
    _ = try NetworkStore(path: path, create: true)
    let queue = try DatabaseQueue(path: path)
    try queue.read { db in
      for table in DataTables.all.map(\.name) + ["citation", "dataset"] {
        #expect(try db.tableExists(table), "\(table)")
      }
      let serviceKeys = try db.foreignKeys(on: "services").map(\.destinationTable).sorted()
      #expect(serviceKeys == ["carriers", "terminals", "terminals"])
      #expect(try db.indexes(on: "services").contains { $0.columns == ["from"] })
      #expect(try StoreSchema.migrator.hasCompletedMigrations(db))
    }
  }

  @Test func importThenLoadGivesTheSameRecords() throws {
    let path = Fixture.database()
    try DatabaseFile.importData(Fixture.data(), into: path)
    let store = try NetworkStore(path: path)
    #expect(try store.load() == Fixture.data())
    #expect(try store.datasetVersion() == NetworkStore.version(of: Fixture.data()))
    let network = try store.loadNetwork()
    #expect(network.cityCount == 4)
  }

  @Test func failingTransactionRollsBack() throws {
    let path = Fixture.database()
    try DatabaseFile.importData(Fixture.data(), into: path)
    // Bypass validation: a dangling reference only the database's foreign keys catch.
    var broken = Fixture.data()
    broken.cities[0].name = "Changed"
    broken.services.append(broken.services[0])
    broken.services[2].id = "dangling"
    broken.services[2].carrier = "nobody"
    #expect(throws: StoreError.self) { try NetworkStore(path: path).replace(with: broken) }
    #expect(try NetworkStore(path: path).load() == Fixture.data())
  }

  @Test func missingDatabaseIsAClearError() {
    #expect {
      _ = try NetworkStore(path: "/nonexistent/net.sqlite")
    } throws: { error in
      (error as? StoreError)?.description.contains("database not found: /nonexistent/net.sqlite") == true
    }
  }

  @Test func notADatabaseIsAClearError() throws {
    let path = Fixture.database()
    try Data("this is not sqlite".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.self) { _ = try NetworkStore(path: path) }
  }

  /// A SQLite file of another application is recognised before anything is written to it: a
  /// clear error, and the file stays byte-identical (for reads and for a failed import alike).
  @Test func foreignDatabaseIsNeverWrittenTo() throws {
    let path = Fixture.database()
    let foreign = try DatabaseQueue(path: path)
    try foreign.write { db in try db.execute(sql: "CREATE TABLE foo(x); INSERT INTO foo VALUES (1)") }
    try foreign.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect {
      _ = try NetworkStore(path: path)
    } throws: { error in
      "\(error)".contains("is not a SilkRoute database (it holds other tables: foo)")
    }
    #expect(throws: StoreError.self) { try DatabaseFile.importData(Fixture.data(), into: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    // Another application's id is foreign too, even with no tables.
    let other = Fixture.database()
    let stamped = try DatabaseQueue(path: other)
    try stamped.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = 42") }
    try stamped.close()
    #expect {
      _ = try NetworkStore(path: other)
    } throws: { error in "\(error)".contains("its application id is 42") }
  }

  /// Imports stamp SilkRoute's application id; a database from before the id is still ours.
  @Test func ourDatabasesAreRecognised() throws {
    let path = Fixture.database()
    try DatabaseFile.importData(Fixture.data(), into: path)
    let queue = try DatabaseQueue(path: path)
    #expect(
      try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        == NetworkStore.applicationID)
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = 0") }
    try queue.close()
    #expect(try NetworkStore(path: path).load() == Fixture.data())
  }
}
