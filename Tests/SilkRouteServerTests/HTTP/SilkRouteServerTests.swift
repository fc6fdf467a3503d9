import Foundation
import HummingbirdTesting
import SilkRouteServer
import SilkRouteTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Connection handling: a client that connects and sends nothing is cut off after the idle timeout.
@Suite struct SilkRouteServerTests {
  @Test func idleConnectionIsClosed() async throws {
    let configuration = ServerConfiguration(idleTimeout: .milliseconds(500))
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let port = try #require(client.port)
      let started = ContinuousClock.now
      let outcome = try Self.readUntilClosed(port: port, limitSeconds: 10)
      #expect(outcome == .closed)
      #expect(ContinuousClock.now - started < .seconds(8))
    }
  }

  enum ReadOutcome: Equatable { case closed, timedOut, data }

  /// Connects to 127.0.0.1:`port`, sends nothing and waits for the server to close.
  static func readUntilClosed(port: Int, limitSeconds: Int) throws -> ReadOutcome {
    let fd = try #require(
      LoopbackSocket.connected(toPort: port) { LoopbackSocket.setReceiveTimeout($0, seconds: limitSeconds) })
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(fd, &buffer, buffer.count)
    if count == 0 { return .closed }
    if count < 0 { return errno == ECONNRESET ? .closed : .timedOut }
    return .data
  }
}
