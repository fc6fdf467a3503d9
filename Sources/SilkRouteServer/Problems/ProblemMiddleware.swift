import Hummingbird

/// Turns every error thrown below it — by a handler, by body collection or by the router's
/// not-found responder — into an `application/problem+json` response, so no request ends
/// without a problem body and no error escapes to the connection.
///
/// A path that exists with other methods answers 405 rather than 404, with an `Allow` header
/// listing the methods `endpoints` has for it (the server passes ``ServerEndpoint/served``, so
/// `HEAD` stands beside every `GET`).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
  let endpoints: [ServerEndpoint]

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      let path = request.uri.path
      let allowed = endpoints.filter { $0.path == path }.map(\.method.rawValue)
      if allowed.isEmpty { return ProblemDetails.notFound(path: path).response() }
      var headers = HTTPFields()
      headers[.allow] = allowed.joined(separator: ", ")
      return ProblemDetails.methodNotAllowed(method: request.method.rawValue, path: path, allowed: allowed)
        .response(headers: headers)
    } catch {
      let problem = ProblemDetails.from(error)
      if problem.status == 500 {
        context.logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
      }
      return problem.response()
    }
  }
}
