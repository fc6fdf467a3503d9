import Foundation
import HTTPTypes
import Hummingbird
import SilkRoute
import SilkRouteAPI

extension ServerHandlers {
  /// Whether a matrix found a thread of the heavy lane, or why not.
  enum MatrixStart: Sendable {
    case running
    case refused(SearchLaneError)
  }

  /// `POST /v1/matrix`: a ``RouteMatrix`` in (a `RouteRequest` whose `from` and `to` are lists
  /// or `"all"`), its cells out as they finish: JSON Lines (`application/jsonl`), or CSV with
  /// `Accept: text/csv`. Each cell is the answer `POST /v1/routes` gives its request (the same
  /// bytes) or that answer's problem, and the other cells go on.
  ///
  /// The matrix is checked before the first byte: a bad field, a city of either list or another
  /// name the network does not know is a 422 problem as for `/v1/routes` (`field` `from[2]`), a
  /// matrix of more than `maxMatrixCells` cells a 422 `matrix-too-large`. It then runs on a
  /// thread of the heavy lane (503 when none is free in time), its cells on every core, each
  /// under the server's search limits and all within `matrixTimeLimit` (later cells carry
  /// `budget-exceeded`), at most 64 cells ahead of the client (``MatrixWindow``). When the client
  /// goes away the matrix stops: no further cell is computed.
  func matrix(_ request: Request, context: ServerRequestContext) async throws -> Response {
    var bytes: [UInt8] = []
    if let refusal = try await readBody(request, into: &bytes) { return refusal }
    let matrix = try Self.decodeMatrix(bytes)
    let plan: MatrixPlan
    do {
      plan = try service.plan(matrix)
    } catch let error as RoutingError {
      var problem = ProblemDetails.from(error, request: matrix.request)
      problem.field = matrix.field(of: error)
      throw problem
    }
    guard plan.cellCount <= configuration.maxMatrixCells else {
      throw ProblemDetails.matrixTooLarge(cells: plan.cellCount, limit: configuration.maxMatrixCells)
    }
    let csv = request.headers[.accept]?.lowercased().contains("text/csv") == true
    let cancellation = SearchCancellation()
    ClientDepartureHandler.watch(cancellation, on: context.channel)
    let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
    // The body's writer stopped reading: the client is gone or the server is shutting down.
    continuation.onTermination = { _ in cancellation.cancel() }
    let window = MatrixWindow(size: 64)
    let start = await run(plan, csv: csv, cancellation: cancellation, window: window, into: continuation)
    if case .refused(let reason) = start {
      guard reason == .overloaded else { throw ProblemDetails.from(RoutingError.cancelled) }
      let retry = lanes.retryAfterSeconds
      return ProblemDetails.overloaded(retryAfterSeconds: retry).response(headers: [.retryAfter: "\(retry)"])
    }
    return Self.streamed(
      stream, contentType: csv ? "text/csv; charset=utf-8" : "application/jsonl", window: window,
      cancellation: cancellation)
  }

  /// Starts the matrix on a thread of the heavy lane, its cells (encoded, at most a window ahead
  /// of the client) yielded to `continuation` as they finish; returns once it runs or was refused.
  private func run(
    _ plan: MatrixPlan, csv: Bool, cancellation: SearchCancellation, window: MatrixWindow,
    into continuation: AsyncStream<ByteBuffer>.Continuation
  ) async -> MatrixStart {
    let (service, limits, timeLimit) = (service, configuration.searchLimits, configuration.matrixTimeLimit)
    let lane = lanes.heavy
    return await withCheckedContinuation { (started: CheckedContinuation<MatrixStart, Never>) in
      Task {
        do {
          try await lane.run {
            started.resume(returning: .running)
            if csv { continuation.yield(ByteBuffer(string: MatrixCSV.header)) }
            _ = service.answer(plan, limits: limits, timeLimit: timeLimit, cancellation: cancellation) {
              cell in
              guard window.reserve(unless: cancellation) else { return }
              continuation.yield(Self.encode(cell, csv: csv))
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

  /// The body as a matrix, or the problem with it (as `/v1/routes` words its body's problems).
  static func decodeMatrix(_ bytes: [UInt8]) throws -> RouteMatrix {
    do {
      return try RouteMatrix.decode(json: Data(bytes))
    } catch let error as DecodingError {
      throw ProblemDetails.from(error, body: bytes)
    } catch {
      throw ProblemDetails.unreadableJSON(error)
    }
  }

  /// One cell's JSON line or CSV rows; its error as the problem `/v1/routes` answers it with.
  static func encode(_ cell: MatrixCell, csv: Bool) -> ByteBuffer {
    let problem = { (error: RoutingError) in ProblemDetails.from(error, request: cell.request).escaped }
    if csv { return ByteBuffer(string: MatrixCSV.rows(cell) { problem($0).detail }) }
    let line = MatrixLine(cell, failure: problem)
    let bytes =
      (try? line.encoded())
      ?? Data(#"{"error":{"status":500,"title":"Internal error"}}"#.utf8 + [UInt8(ascii: "\n")])
    return ByteBuffer(bytes: bytes)
  }
}
