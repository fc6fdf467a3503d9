import Hummingbird

/// Reading a request body whole, within a size limit and a time limit: the first step of
/// parsing a request (the next, decoding it, is `RouteRequest.decode`; a number that decoding
/// refuses is located by ``JSONNumberScanner``).
enum RequestBody {
  /// What reading a body came to.
  enum Outcome: Sendable {
    case body(ByteBuffer)
    case tooLarge
    case timedOut
    /// The connection broke or sent malformed HTTP (a chunk size that is not hexadecimal).
    case unreadable
  }

  /// The whole body, unless it is over `limit`, takes longer than `timeout` to arrive or cannot be
  /// read. (Hummingbird's idle timeout only notices silence: a byte every few seconds kept a body
  /// open for ever.)
  static func read(_ request: Request, limit: Int, timeout: Duration) async -> Outcome {
    await withTaskGroup(of: Outcome?.self) { group in
      group.addTask {
        do {
          return .body(try await request.body.collect(upTo: limit))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
          return .tooLarge
        } catch {
          return .unreadable
        }
      }
      group.addTask {
        try? await Task.sleep(for: timeout)
        return Task.isCancelled ? nil : .timedOut
      }
      defer { group.cancelAll() }
      while let outcome = await group.next() {
        if let outcome { return outcome }
      }
      return .unreadable
    }
  }
}
