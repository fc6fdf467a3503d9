import NIOCore
import NIOHTTPTypes

/// Closes a connection only once what was written to it has gone out to the socket.
///
/// - A close asked for while writes are pending waits for them, at most `drainTimeout`. On
///   graceful shutdown (SIGTERM) Hummingbird closes each connection right after writing the end
///   of its response; NIO's full close drops writes still queued, so a 12.7 MB answer to a slow
///   reader was cut at 7.7 MB. Now the close waits until the socket has taken the last byte.
/// - A response with `Connection: close` (a 408 for a body too slow, a 400 for a body that
///   cannot be read) ends the connection once it is written, so that the rest of that body is
///   never read: first the output only (the client reads the response to its end, then EOF),
///   then everything after `lingerTimeout`. Closing at once made a client still sending its body
///   get a reset, which can discard the response before the client reads it.
///
/// It sits after the HTTP/1 codec, before Hummingbird's connection-state handler, so it sees
/// every response part and every close that handler or the application asks for.
final class ResponseDrainHandler: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  let drainTimeout: TimeAmount
  let lingerTimeout: TimeAmount
  private var pendingWrites = 0
  private var closeAfterResponse = false
  private var deferredClose: EventLoopPromise<Void>?
  private var closeIsDeferred = false
  private var halfCloseIsDeferred = false
  private var timers: [Scheduled<Void>] = []

  init(drainTimeout: TimeAmount, lingerTimeout: TimeAmount = .seconds(5)) {
    self.drainTimeout = drainTimeout
    self.lingerTimeout = lingerTimeout
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    let part = unwrapOutboundIn(data)
    if case .head(let head) = part {
      closeAfterResponse = head.headerFields[.connection]?.lowercased() == "close"
    }
    pendingWrites += 1
    let written = promise ?? context.eventLoop.makePromise()
    written.futureResult.assumeIsolated().whenComplete { _ in
      self.pendingWrites -= 1
      if self.pendingWrites == 0 { self.writesDone(context) }
    }
    context.write(data, promise: written)
    if case .end = part, closeAfterResponse {
      closeAfterResponse = false
      halfCloseIsDeferred = true
      context.flush()
    }
  }

  func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
    guard mode == .all, pendingWrites > 0 else {
      context.close(mode: mode, promise: promise)
      return
    }
    if let promise {
      if let deferredClose {
        deferredClose.futureResult.cascade(to: promise)
      } else {
        deferredClose = promise
      }
    }
    guard !closeIsDeferred else { return }
    closeIsDeferred = true
    schedule(in: drainTimeout, context) { $0.closeNow(context) }
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    for timer in timers { timer.cancel() }
    timers = []
  }

  private func schedule(
    in delay: TimeAmount, _ context: ChannelHandlerContext, _ action: @escaping (ResponseDrainHandler) -> Void
  ) {
    timers.append(context.eventLoop.assumeIsolated().scheduleTask(in: delay) { action(self) })
  }

  private func writesDone(_ context: ChannelHandlerContext) {
    if closeIsDeferred {
      closeNow(context)
    } else if halfCloseIsDeferred {
      halfCloseIsDeferred = false
      context.close(mode: .output, promise: nil)
      schedule(in: lingerTimeout, context) { _ in context.close(mode: .all, promise: nil) }
    }
  }

  private func closeNow(_ context: ChannelHandlerContext) {
    guard closeIsDeferred else { return }
    closeIsDeferred = false
    let promise = deferredClose
    deferredClose = nil
    context.close(mode: .all, promise: promise)
  }
}

@available(*, unavailable)
extension ResponseDrainHandler: Sendable {}
