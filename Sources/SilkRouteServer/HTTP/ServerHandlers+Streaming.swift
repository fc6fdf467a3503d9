import HTTPTypes
import Hummingbird
import NIOCore
import SilkRoute

extension ServerHandlers {
  /// A 200 whose body is `stream`'s chunks, written as they come: each one written frees a place
  /// in `window` (the producer runs at most that far ahead of the client), and a client that goes
  /// away cancels the work through `cancellation`. What a matrix and a batch answer with.
  static func streamed(
    _ stream: AsyncStream<ByteBuffer>, contentType: String, window: MatrixWindow,
    cancellation: SearchCancellation
  ) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = contentType
    return Response(
      status: .ok, headers: headers,
      body: ResponseBody { writer in
        do {
          for await chunk in stream {
            try await writer.write(chunk)
            window.release()
          }
        } catch {
          cancellation.cancel()
          throw error
        }
        try await writer.finish(nil)
      })
  }
}
