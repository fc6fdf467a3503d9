import SilkRoute

/// A table of the network: its CSV file, its SQL table and how records map to fields.
struct DataTable {
  /// File stem and SQL table name (`services` → `services.csv`, table `services`).
  var name: String
  var issueTable: NetworkIssue.Table
  var columns: [Column]
  /// The columns that identify a record (the first column unless given).
  var keyColumns: [String] = []
  /// A file that may be absent from a data folder (then the table is empty).
  var isOptional = false
  /// The column holding the record's id (first column).
  var idColumn: String { columns[0].name }
  var identity: [String] { keyColumns.isEmpty ? [idColumn] : keyColumns }

  /// The record's identity as one string (`service/direction` for composite keys).
  func key(of fields: Fields) -> String {
    identity.map { fields[$0]?.text ?? "" }.joined(separator: "/")
  }
  var fileName: String { name + ".csv" }

  func column(_ name: String) -> Column? { columns.first { $0.name == name } }

  /// The table without some columns (an earlier schema version's shape).
  func dropping(_ names: [String]) -> DataTable {
    var copy = self
    copy.columns.removeAll { names.contains($0.name) }
    return copy
  }
  /// The table with `name`'s column of another kind (a frozen migration's older constraint).
  func replacing(_ name: String, with kind: ColumnKind) -> DataTable {
    var copy = self
    for index in copy.columns.indices where copy.columns[index].name == name {
      copy.columns[index] = Column(name, kind)
    }
    return copy
  }
  /// The table under another SQL name (to rebuild it in a migration).
  func renamed(_ name: String) -> DataTable {
    var copy = self
    copy.name = name
    return copy
  }
}
