import SilkRoute
import Testing

@testable import SilkRouteStore

/// Records ⇄ fields, the one mapping CSV and SQLite share: every table of a dataset goes to fields
/// and back unchanged.
@Suite struct RecordFieldsTests {
  @Test func everyTableRoundTripsThroughFields() throws {
    let data = Fixture.data()
    var back = NetworkData()
    let tables = RecordFields.tables(of: data)
    #expect(tables.contains { $0.0.name == DataTables.services.name && $0.1.count == data.services.count })
    for (table, rows) in tables {
      for fields in rows { try RecordFields.append(fields, of: table, to: &back) }
    }
    #expect(back == data)
  }

  /// The lazy listing converts the same fields, one record at a time.
  @Test func lazyTablesMatchTheEagerOnes() {
    let data = Fixture.data()
    let eager = RecordFields.tables(of: data)
    let lazy = RecordFields.lazyTables(of: data)
    #expect(lazy.map(\.table.name) == eager.map(\.0.name))
    #expect(lazy.map(\.count) == eager.map(\.1.count))
    for (entry, (_, rows)) in zip(lazy, eager) {
      for index in 0..<entry.count { #expect(entry.fields(index).values == rows[index].values) }
    }
  }

  @Test func anUnknownTableIsAStoreError() throws {
    let (table, rows) = try #require(RecordFields.tables(of: Fixture.data()).first { !$0.1.isEmpty })
    var data = NetworkData()
    #expect(throws: StoreError.self) {
      try RecordFields.append(rows[0], of: table.renamed("nonsense"), to: &data)
    }
  }
}
