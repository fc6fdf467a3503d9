import SilkRoute

/// A cell's error in a JSON line of `silkroute matrix --format json`: what `silkroute route` on
/// the cell's cities would print on stderr, and its exit status.
struct MatrixCellFailure: Encodable, Sendable {
  var exitStatus: Int32
  var message: String

  init(_ error: RoutingError) {
    let failure = CommandFailure(error)
    exitStatus = failure.status.rawValue
    message = failure.message
  }
}
