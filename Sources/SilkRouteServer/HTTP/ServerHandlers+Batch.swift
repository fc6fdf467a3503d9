import Foundation
import HTTPTypes
import Hummingbird
import SilkRoute
import SilkRouteAPI

extension ServerHandlers {
  /// `POST /v1/batch`: many `RouteRequest`s in (JSON Lines, or a JSON array; each may carry an
  /// `id`), one JSON line out per request, in input order, as they finish: the request's
  /// `RouteResponse` (the bytes `POST /v1/routes` answers it with) or its problem, located by
  /// `index` (and `line`) and the problem's `field`; the other requests go on.
  ///
  /// The body may be up to `maxBatchBodyBytes` (413) and hold at most `maxMatrixCells` requests
  /// (422 `batch-too-large`, before any is answered). The batch then runs like a matrix: on a
  /// thread of the heavy lane (503 when none is free in time), its requests on every core, each
  /// under the server's search limits and all within `matrixTimeLimit` (later ones carry
  /// `budget-exceeded`), at most 64 lines ahead of the client (``MatrixWindow``). When the client
  /// goes away the batch stops: no further request is answered.
  func batch(_ request: Request, context: ServerRequestContext) async throws -> Response {
    var bytes: [UInt8] = []
    if let refusal = try await readBody(request, into: &bytes, limit: configuration.maxBatchBodyBytes) {
      return refusal
    }
    // No request at all (an empty or blank body) is a client's mistake, not an empty answer.
    guard bytes.contains(where: { !$0.isASCIIWhitespace }) else {
      throw ProblemDetails(
        type: ProblemDetails.kind("malformed-json"), title: "Malformed JSON", status: 400,
        detail: "the body is empty: send route requests as JSON Lines or a JSON array")
    }
    let source: BatchJSONSource
    do {
      source = try BatchJSONSource(body: bytes)
    } catch {
      throw ProblemDetails(
        type: ProblemDetails.kind("malformed-json"), title: "Malformed JSON", status: 400,
        detail: error.message)
    }
    let rows = source.count ?? 0
    guard rows <= configuration.maxMatrixCells else {
      throw ProblemDetails(
        type: ProblemDetails.kind("batch-too-large"), title: "Batch too large", status: 422,
        detail:
          "the batch has \(rows) requests; this server answers at most \(configuration.maxMatrixCells) in one request: split it"
      )
    }
    let cancellation = SearchCancellation()
    ClientDepartureHandler.watch(cancellation, on: context.channel)
    let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
    // The body's writer stopped reading: the client is gone or the server is shutting down.
    continuation.onTermination = { _ in cancellation.cancel() }
    let window = MatrixWindow(size: 64)
    let start = await run(source, cancellation: cancellation, window: window, into: continuation)
    if case .refused(let reason) = start {
      guard reason == .overloaded else { throw ProblemDetails.from(RoutingError.cancelled) }
      let retry = lanes.retryAfterSeconds
      return ProblemDetails.overloaded(retryAfterSeconds: retry).response(headers: [.retryAfter: "\(retry)"])
    }
    return Self.streamed(
      stream, contentType: "application/jsonl", window: window, cancellation: cancellation)
  }

  /// Starts the batch on a thread of the heavy lane, its lines (at most a window ahead of the
  /// client) yielded to `continuation` in input order; returns once it runs or was refused.
  private func run(
    _ source: BatchJSONSource, cancellation: SearchCancellation, window: MatrixWindow,
    into continuation: AsyncStream<ByteBuffer>.Continuation
  ) async -> MatrixStart {
    let (service, limits, timeLimit) = (service, configuration.searchLimits, configuration.matrixTimeLimit)
    let lane = lanes.heavy
    let box = BatchSourceBox(source: source)
    return await withCheckedContinuation { (started: CheckedContinuation<MatrixStart, Never>) in
      Task {
        do {
          try await lane.run {
            started.resume(returning: .running)
            // An in-memory source has no read error to throw.
            _ = try? service.answer(
              batch: box.source, limits: limits, timeLimit: timeLimit, cancellation: cancellation
            ) { result in
              guard window.reserve(unless: cancellation) else { return }
              continuation.yield(Self.encode(result))
            }
            continuation.finish()
          }
        } catch {
          continuation.finish()
          started.resume(returning: .refused((error as? SearchLaneError) ?? .cancelled))
        }
      }
    }
  }

  /// One result's JSON line; its error as the problem `/v1/routes` answers it with.
  static func encode(_ result: BatchResult) -> ByteBuffer {
    let line = BatchLine(result) { failure in problem(failure, request: result.request).escaped }
    let bytes =
      (try? line.encoded())
      ?? Data(#"{"error":{"status":500,"title":"Internal error"}}"#.utf8 + [UInt8(ascii: "\n")])
    return ByteBuffer(bytes: bytes)
  }

  /// A row's failure as a problem: an unreadable row as `/v1/routes` words an unreadable body.
  static func problem(_ failure: BatchFailure, request: RouteRequest?) -> ProblemDetails {
    switch failure {
    case .unreadable(let error):
      guard let field = error.field else {
        return ProblemDetails(
          type: ProblemDetails.kind("malformed-json"), title: "Malformed JSON", status: 400,
          detail: error.message)
      }
      return ProblemDetails(
        type: ProblemDetails.kind("invalid-field"), title: "Invalid request field", status: 422,
        detail: error.message, field: field)
    case .request(let error):
      return ProblemDetails.from(error)
    case .routing(let error):
      var problem = ProblemDetails.from(error, request: request)
      problem.field = request.flatMap { RouteRequest.field(of: error, in: $0) } ?? problem.field
      return problem
    }
  }
}

/// A batch's in-memory source handed to the heavy lane's thread (read there alone).
private struct BatchSourceBox: @unchecked Sendable {
  let source: BatchJSONSource
}

extension UInt8 {
  /// Space, tab, line feed or carriage return: what JSON allows between values.
  fileprivate var isASCIIWhitespace: Bool {
    self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") || self == UInt8(ascii: "\n")
      || self == UInt8(ascii: "\r")
  }
}
