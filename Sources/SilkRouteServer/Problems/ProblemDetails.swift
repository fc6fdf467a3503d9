import Foundation
import Hummingbird
import SilkRoute
import SilkRouteAPI

/// An RFC 9457 problem: the body of every error response, as `application/problem+json`.
///
/// `type` is a `urn:silkroute:problem:` URN naming the kind of problem; `field` is the JSON path
/// of the offending request field when one is to blame.
public struct ProblemDetails: Codable, Hashable, Sendable, Error {
  public var type: String
  public var title: String
  public var status: Int
  public var detail: String
  public var field: String?

  public init(type: String, title: String, status: Int, detail: String, field: String? = nil) {
    self.type = type
    self.title = title
    self.status = status
    self.detail = detail
    self.field = field
  }

  /// The URN of a problem kind, e.g. `urn:silkroute:problem:unknown-city`.
  static func kind(_ slug: String) -> String { "urn:silkroute:problem:\(slug)" }
}

extension ProblemDetails {
  /// The problem for any error a handler or the router throws; never fails.
  ///
  /// - `RequestError` → 422 naming the field; `RoutingError` → 422 (unknown or ambiguous city,
  ///   no route, search too large, bad query); a JSON syntax error → 400; JSON of the wrong shape
  ///   (missing key, wrong type) → 422 naming the field; Hummingbird's HTTP errors keep their
  ///   status (413 for a body over the limit, 404); anything else → 500 without internals.
  /// - Parameter body: the request body, when `error` came from decoding it: a number an integer
  ///   field cannot hold is then found and named (Foundation reports it without a coding path).
  static func from(_ error: any Error, request: RouteRequest? = nil, body: [UInt8]? = nil) -> ProblemDetails {
    switch error {
    case let problem as ProblemDetails:
      return problem
    case let error as RequestError:
      return ProblemDetails(
        type: kind(error.otherFields.isEmpty ? "invalid-field" : "unsupported-combination"),
        title: error.otherFields.isEmpty ? "Invalid request field" : "Unsupported combination of fields",
        status: 422, detail: error.description, field: error.field)
    case let error as RoutingError:
      return from(error, request: request)
    case let error as DecodingError:
      return from(error, body: body)
    case let error as any HTTPResponseError:
      let status = error.status
      if status.code == 413 { return .bodyTooLarge(limit: nil) }
      return ProblemDetails(
        type: "about:blank", title: status.reasonPhrase.isEmpty ? "HTTP \(status.code)" : status.reasonPhrase,
        status: status.code, detail: (error as? HTTPError)?.body ?? status.reasonPhrase)
    default:
      return ProblemDetails(
        type: kind("internal"), title: "Internal error", status: 500,
        detail: "the server could not answer this request")
    }
  }

  /// 422: a matrix of more cells than the server answers in one request.
  static func matrixTooLarge(cells: Int, limit: Int) -> ProblemDetails {
    ProblemDetails(
      type: kind("matrix-too-large"), title: "Matrix too large", status: 422,
      detail:
        "the matrix has \(cells) cells; this server answers at most \(limit) in one request: split it by origins",
      field: "from")
  }

  static func bodyTooLarge(limit: Int?) -> ProblemDetails {
    ProblemDetails(
      type: kind("body-too-large"), title: "Request body too large", status: 413,
      detail: limit.map { "the body must be at most \($0) bytes" } ?? "the body is over the size limit")
  }

  /// 400: JSON the server cannot read although the decoder passed it (a number beyond every
  /// range in a field it skipped).
  static func unreadableJSON(_ error: any Error) -> ProblemDetails {
    let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    return ProblemDetails(
      type: kind("malformed-json"), title: "Malformed JSON", status: 400,
      detail: "the body is not JSON the server can read" + (reason.map { ": \($0)" } ?? ""))
  }

  /// 408: the body did not arrive within the server's body-read timeout.
  static func bodyTimeout(_ limit: Duration) -> ProblemDetails {
    ProblemDetails(
      type: kind("body-timeout"), title: "Request body too slow", status: 408,
      detail: "the body must arrive within \(BudgetOverrun.seconds(limit))")
  }

  /// 400: the body could not be read as HTTP (a malformed chunk) or the connection broke.
  static let malformedBody = ProblemDetails(
    type: kind("malformed-body"), title: "Malformed request body", status: 400,
    detail: "the request body could not be read (malformed chunked encoding?)")

  /// 503: every search thread is busy and the request waited too long for one.
  static func overloaded(retryAfterSeconds: Int) -> ProblemDetails {
    ProblemDetails(
      type: kind("overloaded"), title: "Too many searches", status: 503,
      detail: "every search thread is busy; retry in \(retryAfterSeconds) s")
  }

  static func notFound(path: String) -> ProblemDetails {
    ProblemDetails(type: "about:blank", title: "Not Found", status: 404, detail: "no resource at \(path)")
  }

  static func methodNotAllowed(method: String, path: String, allowed: [String]) -> ProblemDetails {
    ProblemDetails(
      type: "about:blank", title: "Method Not Allowed", status: 405,
      detail: "\(method) is not allowed on \(path): use \(allowed.joined(separator: ", "))")
  }

  private static func from(_ error: RoutingError, request: RouteRequest?) -> ProblemDetails {
    let detail = error.message(RequestField.jsonWording)
    let field = request.flatMap { RouteRequest.field(of: error, in: $0) }
    func problem(_ slug: String, _ title: String) -> ProblemDetails {
      ProblemDetails(type: kind(slug), title: title, status: 422, detail: detail, field: field)
    }
    switch error {
    case .unknownCity: return problem("unknown-city", "Unknown city")
    case .ambiguousCity: return problem("ambiguous-city", "Ambiguous city")
    case .sameOriginAndDestination:
      return problem("same-origin-and-destination", "Same origin and destination")
    case .noRoute: return problem("no-route", "No route")
    case .unknownName: return problem("unknown-name", "Unknown name")
    case .invalidQuery: return problem("invalid-query", "Invalid query")
    case .searchTooLarge: return problem("search-too-large", "Search too large")
    case .budgetExceeded: return problem("budget-exceeded", "Search over budget")
    case .cancelled:
      return ProblemDetails(type: kind("cancelled"), title: "Cancelled", status: 503, detail: detail)
    }
  }

  private static func from(_ error: DecodingError, body: [UInt8]?) -> ProblemDetails {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      if let body, let problem = integerFieldProblem(in: body) { return problem }
      return ProblemDetails(
        type: kind("malformed-json"), title: "Malformed JSON", status: 400,
        detail: "the body is not a JSON object: \(context.debugDescription)")
    case .dataCorrupted(let context):
      return shape(context, "invalid value")
    case .keyNotFound(let key, let context):
      return ProblemDetails(
        type: kind("invalid-field"), title: "Invalid request field", status: 422,
        detail: "missing required field", field: path(context.codingPath + [key]))
    case .typeMismatch(let type, let context):
      return shape(context, "expected \(typeName(type))")
    case .valueNotFound(let type, let context):
      return shape(context, "expected \(typeName(type)), found null")
    @unknown default:
      return ProblemDetails(
        type: kind("malformed-json"), title: "Malformed JSON", status: 400,
        detail: "the body cannot be decoded")
    }
  }

  /// The request's integer fields (JSON paths without indices).
  static let integerFields: Set<String> = [
    "alternatives", "cargo.count", "constraints.maxLegs", "constraints.maxTransfers",
    "constraints.maxDurationMinutes", "disruptions.delays.delayMinutes",
  ]

  /// 422 naming the first integer field whose number it cannot hold (`1.5`, `9223372036854775808`,
  /// `1e400`), when that is what made the body undecodable; nil otherwise (the body is then
  /// malformed JSON).
  static func integerFieldProblem(in body: [UInt8]) -> ProblemDetails? {
    guard let numbers = JSONNumberScanner.numbers(in: body) else { return nil }
    let suspects = numbers.filter { number in
      number.integerProblem != nil
        && integerFields.contains(number.path.replacing(#/\[[0-9]+\]/#, with: ""))
    }
    guard let first = suspects.first, let message = first.integerProblem else { return nil }
    // Confirm: with those numbers written as 0, the body no longer fails as a whole.
    var patched = body
    for suspect in suspects.reversed() { patched.replaceSubrange(suspect.range, with: [UInt8(ascii: "0")]) }
    do {
      _ = try RouteRequest.decode(json: Data(patched))
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      return nil
    } catch {}
    return ProblemDetails(
      type: kind("invalid-field"), title: "Invalid request field", status: 422, detail: message,
      field: first.path)
  }

  private static func shape(_ context: DecodingError.Context, _ message: String) -> ProblemDetails {
    if context.codingPath.isEmpty {
      return ProblemDetails(
        type: kind("malformed-json"), title: "Malformed JSON", status: 400,
        detail: "the body must be a JSON object (\(message))")
    }
    return ProblemDetails(
      type: kind("invalid-field"), title: "Invalid request field", status: 422, detail: message,
      field: path(context.codingPath))
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type, is Int64.Type: "an integer"
    case is Bool.Type: "true or false"
    case is [String].Type: "an array of strings"
    default: "a value of another type"
    }
  }

  /// `constraints.via[1]` from a coding path.
  static func path(_ codingPath: [any CodingKey]) -> String {
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }

  /// The problem with control characters in its text (a name echoed from the request: `x\r\ny`,
  /// an ANSI escape) escaped, so a client printing `detail` prints one line.
  var escaped: ProblemDetails {
    var escaped = self
    escaped.title = ErrorWording.escaped(title)
    escaped.detail = ErrorWording.escaped(detail)
    escaped.field = field.map(ErrorWording.escaped)
    return escaped
  }

  /// The problem as an HTTP response. Control characters in the text (a name echoed from the
  /// request: `x\r\ny`, an ANSI escape) are escaped, so a client printing `detail` prints one line.
  func response(headers extra: HTTPFields = [:]) -> Response {
    let body = (try? APIJSON.encode(escaped)) ?? Data(#"{"status":500,"title":"Internal error"}"#.utf8)
    var headers = extra
    headers[.contentType] = "application/problem+json"
    return Response(
      status: HTTPResponse.Status(code: status, reasonPhrase: title), headers: headers,
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }
}
