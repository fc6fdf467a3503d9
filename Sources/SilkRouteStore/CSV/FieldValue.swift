import Foundation
import SilkRoute

/// A typed field value, the same whether it came from CSV or SQLite.
enum FieldValue: Hashable {
  case null
  case text(String)
  case integer(Int64)
  case real(Double)
  case list([String])

  var text: String? { if case .text(let value) = self { value } else { nil } }
  var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
  var real: Double? { if case .real(let value) = self { value } else { nil } }
  var list: [String]? { if case .list(let value) = self { value } else { nil } }
}
