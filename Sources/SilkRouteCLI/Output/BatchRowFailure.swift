import SilkRoute
import SilkRouteAPI

/// A batch row's error as `silkroute batch` writes it: one line naming the field by its JSON path
/// (the input's column) and, for CSV input, the column; and the exit status `silkroute route`
/// would give it alone.
struct BatchRowFailure: Encodable, Sendable {
  var exitStatus: Int32
  var field: String?
  var column: Int?
  var message: String

  init(_ failure: BatchFailure) {
    switch failure {
    case .unreadable(let error):
      exitStatus = CommandFailure.Status.usage.rawValue
      field = error.field
      column = error.column
      message = ErrorWording.escaped(
        (error.column.map { "column \($0): " } ?? "") + error.description)
    case .request(let error):
      exitStatus = CommandFailure.Status.usage.rawValue
      field = error.field
      message = ErrorWording.escaped(error.description)
    case .routing(let error):
      exitStatus = CommandFailure.status(of: error).rawValue
      message = ErrorWording.escaped(error.message(Self.wording))
    }
  }

  /// The CLI's listings, but fields named by their JSON path: a batch row has no flags.
  static let wording = ErrorWording(
    parameter: { RequestField.path(of: $0) }, listing: CommandFailure.wording.listing)
}
