import SilkRoute
import Testing

@testable import SilkRouteStore

/// The tables of a dataset: unique names, an id column first, each table after those it refers
/// to, and schema v1 a subset of today's columns.
@Suite struct DataTablesTests {
  @Test func namesAndKeysAreSound() {
    let names = DataTables.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(names.first == "sources")
    for table in DataTables.all {
      #expect(!table.columns.isEmpty, "\(table.name)")
      let columns = table.columns.map(\.name)
      #expect(Set(columns).count == columns.count, "\(table.name)")
      #expect(table.identity.allSatisfy(columns.contains), "\(table.name)")
      #expect(table.fileName == table.name + ".csv")
    }
    #expect(DataTables.cargoClassSurcharges.identity == ["mode", "service", "cargo_class"])
    #expect(DataTables.sources.identity == ["id"])
  }

  /// Import order: countries after their customs territories, cities after countries, terminals
  /// after cities, services after terminals and carriers.
  @Test func everyTableComesAfterTheTablesItRefersTo() throws {
    let order = DataTables.all.map(\.name)
    func position(_ name: String) throws -> Int { try #require(order.firstIndex(of: name), "\(name)") }
    #expect(try position("customs_territories") < position("countries"))
    #expect(try position("countries") < position("cities"))
    #expect(try position("cities") < position("terminals"))
    #expect(try position("terminals") < position("services"))
    #expect(try position("carriers") < position("services"))
    #expect(try position("services") < position("timetables"))
  }

  @Test func schemaVersionOneIsASubsetOfToday() throws {
    for old in DataTables.version1 {
      let today = try #require(DataTables.all.first { $0.name == old.name })
      #expect(Set(old.columns.map(\.name)).isSubset(of: today.columns.map(\.name)), "\(old.name)")
    }
    #expect(DataTables.version1.count == 9)
  }

}
