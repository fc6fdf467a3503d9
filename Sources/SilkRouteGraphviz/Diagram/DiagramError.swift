import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// Why a diagram cannot be drawn or written.
public enum DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
  case selection(SelectionError)
  case graphviz(GraphvizError)
  /// The itinerary names a service, terminal or city the network does not have.
  case itinerary(String)
  case unknownFormat(path: String)
  case write(path: String, message: String)

  public var description: String {
    switch self {
    case .selection(let error): ErrorWording.escaped(error.description)
    case .graphviz(let error): error.description
    case .itinerary(let message): message
    case .unknownFormat(let path):
      "cannot tell the format of \(Self.quoted(path)): use a .svg, .png, .pdf or .dot file name, or give the format"
    case .write(let path, let message): "cannot write \(Self.quoted(path)): \(message)"
    }
  }

  /// `text` in single quotes, its control and line-separator characters as `\u{…}` escapes
  /// (`ErrorWording.escaped`): a path as the user typed it, on one printable line.
  public static func quoted(_ text: String) -> String { "'\(ErrorWording.escaped(text))'" }
}
