import GRDB

/// The SQLite schema. Migration "v1" creates one table per data table (columns as in
/// `DataTables`, plus `seq`, the record's position in its file), the `citation` table linking
/// every figure to its sources, and `dataset` metadata. Changing a table's columns needs a new
/// migration: v1 is frozen once shipped.
enum StoreSchema {
  /// Foreign keys: table → column → referenced table (its id column).
  static let references: [String: [String: String]] = [
    "countries": ["customs_territory": "customs_territories"],
    "cities": ["country": "countries"],
    "terminals": ["city": "cities"],
    "services": ["carrier": "carriers", "from": "terminals", "to": "terminals"],
    "transfers": ["from": "terminals", "to": "terminals"],
    "border_crossings": ["from_city": "cities", "to_city": "cities"],
    "timetables": ["service": "services"],
    "operator_services": ["operator": "operators"],
  ]

  /// Columns indexed for the queries that load and look up the network.
  static let indexes: [(table: String, column: String)] = [
    ("terminals", "city"), ("services", "from"), ("services", "to"), ("services", "carrier"),
    ("transfers", "from"), ("transfers", "to"), ("cities", "country"), ("citation", "source_id"),
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      for table in DataTables.version1 {
        try create(table, db)
      }
      try db.create(table: "citation") { t in
        t.column("subject_table", .text).notNull()
        t.column("subject_id", .text).notNull()
        t.column("figure", .text).notNull()
        t.column("position", .integer).notNull()
        t.column("source_id", .text).notNull().references("sources", column: "id")
        t.primaryKey(["subject_table", "subject_id", "figure", "position"])
      }
      try db.create(table: "dataset") { t in
        t.column("key", .text).primaryKey()
        t.column("value", .text).notNull()
      }
      for (table, column) in indexes {
        try db.create(index: "\(table)_\(column)", on: table, columns: [column])
      }
    }
    // v2: weekly timetables per service direction.
    migrator.registerMigration("v2") { db in
      try create(DataTables.timetables, db)
    }
    // v3: document regimes, multimodal transport operators, transit clearance.
    migrator.registerMigration("v3") { db in
      try db.alter(table: "services") { t in
        t.add(column: "document", .text).notNull().defaults(to: "smgs")
      }
      try db.alter(table: "customs_territories") { t in
        t.add(column: "transit_clearance", .integer)
        t.add(column: "transit_clearance_usd", .integer)
      }
      try create(DataTables.documentRegimes, db)
      try create(DataTables.operators, db)
      try create(DataTables.operatorServices, db)
    }
    // v4: the dataset's edition (as-of date, tariff period, SDR rate), index factors on tariffs,
    // and validity (from, until, suspended since) on services, transfers and border crossings.
    migrator.registerMigration("v4") { db in
      try db.alter(table: "services") { t in
        t.add(column: "index_factor", .integer)
      }
      for table in ["services", "transfers", "border_crossings"] {
        try db.alter(table: table) { t in
          for column in ["valid_from", "valid_until", "suspended_since"] {
            t.add(column: column, .text).notNull().defaults(to: "")
          }
        }
      }
      try create(DataTables.edition, db)
    }
    // v5: surcharges by cargo class (reefer, dangerous goods) on a mode or one service; city
    // status `transit` (the cities table is rebuilt: SQLite cannot change a CHECK constraint).
    migrator.registerMigration("v5") { db in
      try create(DataTables.cargoClassSurcharges, db)
      try create(DataTables.cities.renamed("cities_v5"), db, referencesOf: "cities")
      try db.execute(sql: "INSERT INTO cities_v5 SELECT * FROM cities")
      try db.drop(table: "cities")
      try db.rename(table: "cities_v5", to: "cities")
      try db.create(index: "cities_country", on: "cities", columns: ["country"])
    }
    // v6: emission factors (energy carrier and tank-to-wheel per transport intensity; hub
    // operations per tonne handled).
    migrator.registerMigration("v6") { db in
      try create(DataTables.emissionFactors, db)
    }
    // v7: dated exchange rates (units per US dollar) that quotes convert with.
    migrator.registerMigration("v7") { db in
      try create(DataTables.exchangeRates, db)
    }
    return migrator
  }

  /// Creates `table`: `seq` (file order), its columns, primary key, foreign keys and checks.
  static func create(_ table: DataTable, _ db: Database, referencesOf referenceTable: String? = nil) throws {
    try db.create(table: table.name) { t in
      t.column("seq", .integer).notNull().unique()
      for column in table.columns where !column.kind.isCitation {
        let definition = t.column(column.name, sqlType(column.kind))
        if table.identity == [column.name] {
          definition.primaryKey()
        } else if !isOptional(column.kind) {
          definition.notNull()
        }
        if let target = references[referenceTable ?? table.name]?[column.name] {
          let targetTable = DataTables.all.first { $0.name == target }
          definition.references(target, column: targetTable?.idColumn ?? "id")
        }
        switch column.kind {
        case .choice(let words):
          definition.check { words.contains($0) }
        case .yesNo:
          definition.check { [0, 1].contains($0) }
        default: break
        }
      }
      if table.identity.count > 1 { t.primaryKey(table.identity) }
    }
  }

  static func sqlType(_ kind: ColumnKind) -> Database.ColumnType {
    switch kind {
    case .integer, .duration, .usd, .yesNo, .optionalDuration, .utcOffset, .factor: .integer
    case .decimal: .double
    default: .text
    }
  }

  static func isOptional(_ kind: ColumnKind) -> Bool {
    switch kind {
    case .integer(let optional), .usd(let optional): optional
    case .optionalChoice, .optionalDuration, .utcOffset, .factor: true
    default: false
    }
  }
}
