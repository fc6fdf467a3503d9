import Foundation
import SilkRoute

/// One cell of a matrix as a line of JSON Lines: its cities (name and id) and either the cell's
/// `RouteResponse` (the very bytes `POST /v1/routes` answers its request with) or its error in
/// the front-end's words (`Failure`: the HTTP API's problem details, the CLI's message and exit
/// status). Keys sorted, one line, ending in a newline.
public struct MatrixLine<Failure: Encodable & Sendable>: Encodable, Sendable {
  public var from: String
  public var fromId: String
  public var to: String
  public var toId: String
  public var response: RouteResponse?
  public var error: Failure?

  /// The line of `cell`, its error phrased by `failure`.
  public init(_ cell: MatrixCell, failure: (RoutingError) -> Failure) {
    from = cell.origin.name
    fromId = cell.origin.id
    to = cell.destination.name
    toId = cell.destination.id
    switch cell.result {
    case .success(let response): self.response = response
    case .failure(let routingError): error = failure(routingError)
    }
  }

  /// The line's bytes, newline included.
  public func encoded() throws -> Data {
    var data = try APIJSON.encode(self)
    data.append(UInt8(ascii: "\n"))
    return data
  }
}
