import SilkRoute

/// The typed fields of one record, by column name.
struct Fields {
  var values: [String: FieldValue] = [:]
  let table: String

  init(table: String) { self.table = table }

  subscript(name: String) -> FieldValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  func corrupt(_ column: String) -> StoreError {
    StoreError("table \(table), column \(column): value missing or of the wrong type")
  }
  func text(_ column: String) throws(StoreError) -> String {
    guard let value = values[column]?.text else { throw corrupt(column) }
    return value
  }
  func integer(_ column: String) throws(StoreError) -> Int64 {
    guard let value = values[column]?.integer else { throw corrupt(column) }
    return value
  }
  func optionalInteger(_ column: String) throws(StoreError) -> Int64? {
    switch values[column] {
    case .integer(let value): return value
    case .null, nil: return nil
    default: throw corrupt(column)
    }
  }
  func real(_ column: String) throws(StoreError) -> Double {
    guard let value = values[column]?.real else { throw corrupt(column) }
    return value
  }
  func list(_ column: String) throws(StoreError) -> [String] {
    guard let value = values[column]?.list else { throw corrupt(column) }
    return value
  }
  func bool(_ column: String) throws(StoreError) -> Bool { try integer(column) != 0 }
  func choice<E: RawRepresentable>(_ column: String, _ type: E.Type) throws(StoreError) -> E
  where E.RawValue == String {
    guard let value = E(rawValue: try text(column)) else { throw corrupt(column) }
    return value
  }
  func minutes(_ column: String) throws(StoreError) -> Minutes { Minutes(try integer(column)) }
  func validity() throws(StoreError) -> Validity {
    Validity(
      validFrom: try text("valid_from"), validUntil: try text("valid_until"),
      suspendedSince: try text("suspended_since"), sources: try list("validity_source"))
  }
  func cents(_ column: String) throws(StoreError) -> Cents { Cents(try integer(column)) }
  func optionalCents(_ column: String) throws(StoreError) -> Cents? {
    try optionalInteger(column).map { Cents($0) }
  }
}
