import Foundation

@testable import SilkRouteAPI

/// A request body as a client sends it, decoded as the server decodes it.
func decode(_ json: String) throws -> RouteRequest {
  try RouteRequest.decode(json: Data(json.utf8))
}
