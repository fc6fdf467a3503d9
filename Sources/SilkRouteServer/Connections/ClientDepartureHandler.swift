import NIOCore
import SilkRoute

/// Watches a connection for its client going away — the input closed (the client shut down or
/// closed its socket) or the connection dropped — and then cancels the search of the request in
/// progress, so that nobody's abandoned Pareto front holds a search thread until its budget runs
/// out. An HTTP/1 connection answers one request at a time, so one search is watched.
///
/// (A client that half-closes on purpose after sending its request is taken to have gone: the
/// server would answer it, but its search is cancelled.)
final class ClientDepartureHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = Any

  private var departed = false
  private var watched: SearchCancellation?

  /// Cancels `cancellation` when the client goes away (at once if it has gone), instead of the
  /// previous request's. Call on the channel's event loop.
  func watch(_ cancellation: SearchCancellation) {
    if departed {
      cancellation.cancel()
    } else {
      watched = cancellation
    }
  }

  /// Watches `cancellation` on `channel`'s departure handler, if it has one.
  static func watch(_ cancellation: SearchCancellation, on channel: any Channel) {
    channel.eventLoop.execute {
      guard let handler = try? channel.pipeline.syncOperations.handler(type: ClientDepartureHandler.self)
      else { return }
      handler.watch(cancellation)
    }
  }

  private func depart() {
    departed = true
    watched?.cancel()
    watched = nil
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    context.fireChannelRead(data)
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    if case .inputClosed = event as? ChannelEvent { depart() }
    context.fireUserInboundEventTriggered(event)
  }

  func channelInactive(context: ChannelHandlerContext) {
    depart()
    context.fireChannelInactive()
  }
}
