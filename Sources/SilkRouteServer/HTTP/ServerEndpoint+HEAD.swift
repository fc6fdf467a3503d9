import Hummingbird

extension ServerEndpoint {
  /// `HEAD` on the same path for a `GET` endpoint (the GET's status and headers, no body), nil
  /// for other methods.
  public var head: ServerEndpoint? {
    method == .get ? ServerEndpoint(method: .head, path: path) : nil
  }

  /// Every method and path the server answers: ``all`` with a `HEAD` beside each `GET` (the
  /// router generates them). `openapi.json` documents exactly these, and a 405's `Allow` lists
  /// them for its path.
  public static var served: [ServerEndpoint] {
    all.flatMap { endpoint in [endpoint] + (endpoint.head.map { [$0] } ?? []) }
  }
}
