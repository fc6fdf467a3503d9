/// One broken invariant of a network's data, located by table, record and field.
public struct NetworkIssue: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Table: String, Sendable, Codable, CaseIterable {
    case sources
    case customsTerritories = "customs_territories"
    case countries, cities, terminals
    case carriers, services, transfers
    case borderCrossings = "border_crossings"
    case timetables
    case documentRegimes = "document_regimes"
    case operators
    case operatorCoverage = "operator_services"
    case edition
    case cargoClassSurcharges = "cargo_class_surcharges"
    case emissionFactors = "emission_factors"
    case exchangeRates = "exchange_rates"
  }
  public var table: Table
  /// Position of the record in its table (0-based), when the issue is about one record.
  public var recordIndex: Int?
  public var recordID: String
  /// The field at fault (the CSV column name), when there is one.
  public var field: String?
  public var message: String

  public init(table: Table, recordIndex: Int?, recordID: String, field: String?, message: String) {
    self.table = table
    self.recordIndex = recordIndex
    self.recordID = recordID
    self.field = field
    self.message = message
  }

  public var description: String {
    let place = recordID.isEmpty ? table.rawValue : "\(table.rawValue) '\(recordID)'"
    if let field { return "\(place), \(field): \(message)" }
    return "\(place): \(message)"
  }
}
