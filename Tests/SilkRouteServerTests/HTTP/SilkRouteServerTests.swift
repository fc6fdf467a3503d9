import Foundation
import HummingbirdTesting
import SilkRouteServer
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
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    try #require(fd >= 0)
    defer { close(fd) }
    var timeout = timeval(tv_sec: limitSeconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    try #require(connected == 0)
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(fd, &buffer, buffer.count)
    if count == 0 { return .closed }
    if count < 0 { return errno == ECONNRESET ? .closed : .timedOut }
    return .data
  }
}
