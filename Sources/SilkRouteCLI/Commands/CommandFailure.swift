import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

/// An error as the CLI reports it: one line, in the CLI's words (flags, commands), and the exit
/// status of its class. The same classes map to HTTP statuses (README, "Exit status").
struct CommandFailure {
  /// The CLI's exit statuses, one per class of failure.
  enum Status: Int32, CaseIterable {
    /// Anything else: a file that cannot be read or written, a rendering failure.
    case failure = 1
    /// The network has no route that meets the request.
    case noRoute = 2
    /// A name the network does not know, or that names several things.
    case notFound = 3
    /// The search grew past its label limit or ran out of its time budget.
    case searchTooLarge = 4
    /// A malformed option or value, or options that cannot be combined (sysexits EX_USAGE).
    case usage = 64
    /// The data or the database is invalid (sysexits EX_DATAERR).
    case data = 65
  }

  var status: Status
  var message: String

  init(_ error: any Error) {
    switch error {
    case let error as RequestError:
      status = .usage
      message = error.message(naming: RequestField.flag(forPath:))
    case let error as RoutingError:
      status = Self.status(of: error)
      message = error.message(CommandFailure.wording)
    case is DataValidationError, is DataFileError, is InvalidNetworkError,
      is ValidateCommand.ValidationFailure:
      status = .data
      message = "\(error)"
    default:
      let code = SilkRouteCommand.exitCode(for: error)
      status = code == .validationFailure ? .usage : .failure
      message = SilkRouteCommand.message(for: error)
    }
    // One line: the first of a multi-line message (ArgumentParser's usage errors), with any
    // control character left in it (a name or flag echoed from the command line) escaped.
    let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
    message = ErrorWording.escaped(line)
  }

  static func status(of error: RoutingError) -> Status {
    switch error {
    case .unknownCity, .ambiguousCity, .unknownName: .notFound
    case .noRoute: .noRoute
    case .searchTooLarge, .budgetExceeded: .searchTooLarge
    case .sameOriginAndDestination, .invalidQuery: .usage
    case .cancelled: .failure
    }
  }
}

extension CommandFailure {
  /// How the CLI names parameters (its flags, from the request model's field table) and where it
  /// lists names (its commands).
  static let wording = ErrorWording(
    parameter: { RequestField.flag(forPath: RequestField.path(of: $0)) },
    listing: { kind in
      switch kind {
      case .city: "'silkroute cities' lists them all"
      case .country: "'silkroute names countries' lists them all"
      case .carrier: "'silkroute names carriers' lists them all"
      case .crossing: "'silkroute names crossings' lists them all"
      case .place: "'silkroute names places' lists them all"
      }
    })
}
