import Hummingbird
import NIOCore

/// The request context of the service: Hummingbird's basic one plus the connection's channel, so
/// that a handler can learn when its client goes away (``ClientDepartureHandler``).
struct ServerRequestContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  let channel: any Channel

  init(source: ApplicationRequestContextSource) {
    coreContext = CoreRequestContextStorage(source: source)
    channel = source.channel
  }
}
