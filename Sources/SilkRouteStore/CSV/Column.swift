import SilkRoute

/// One column of a data table: its CSV header name (also its SQL column name) and kind.
struct Column {
  var name: String
  var kind: ColumnKind
  init(_ name: String, _ kind: ColumnKind) {
    self.name = name
    self.kind = kind
  }
}
