import Foundation
import SilkRouteTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A blocking TCP connection to 127.0.0.1, for what an HTTP client library will not send: a
/// malformed chunk, a body trickled byte by byte, a client that hangs up mid-request.
final class RawConnection: @unchecked Sendable {
  let fd: Int32

  init(port: Int) throws {
    fd = try #require(LoopbackSocket.connected(toPort: port))
  }

  deinit { hangUp() }

  private var open = true

  /// Closes the socket (once): the client goes away.
  func hangUp() {
    guard open else { return }
    open = false
    close(fd)
  }

  /// Sends `request` (adding `Connection: close`), reads the whole reply, and times it.
  static func exchange(port: Int, _ request: String, idleSeconds: Int = 60) async throws -> (
    reply: Reply?, elapsed: Duration
  ) {
    let started = ContinuousClock.now
    let connection = try RawConnection(port: port)
    connection.send(request)
    let (data, _) = await connection.readAll(idleSeconds: idleSeconds)
    return (Reply(data), ContinuousClock.now - started)
  }

  /// A `POST /v1/routes` with `json` as its body, closing the connection after the reply.
  static func post(_ json: String) -> String {
    "POST /v1/routes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      + "Content-Length: \(json.utf8.count)\r\nConnection: close\r\n\r\n\(json)"
  }

  /// The reply to `probe` while `holder` (a request that runs for long) holds a search thread:
  /// the holder is sent first, on a connection hung up afterwards; retried a few times in case
  /// the probe got the thread first.
  static func whileHeld(port: Int, by holder: String, probe: String) async throws -> Reply? {
    var last: Reply?
    for _ in 0..<10 {
      let connection = try RawConnection(port: port)
      connection.send(holder)
      try await Task.sleep(for: .milliseconds(300))
      last = try await exchange(port: port, probe).reply
      connection.hangUp()
      if last?.status == 503 { return last }
      try await Task.sleep(for: .milliseconds(200))
    }
    return last
  }

  /// A `GET` closing the connection after the reply.
  static func get(_ path: String) -> String {
    "GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
  }

  func send(_ text: String) {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if count <= 0 { return }
      sent += count
    }
  }

  /// Everything the server sends until it closes the connection or `seconds` pass without a byte,
  /// and whether it closed. The blocking reads run on a Dispatch thread: on the cooperative pool
  /// they would starve the in-process server's handlers.
  func readAll(idleSeconds seconds: Int) async -> (data: [UInt8], closed: Bool) {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: self.blockingReadAll(idleSeconds: seconds))
      }
    }
  }

  private func blockingReadAll(idleSeconds seconds: Int) -> (data: [UInt8], closed: Bool) {
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(fd, &buffer, buffer.count)
      if count == 0 { return (data, true) }
      if count < 0 { return (data, errno == ECONNRESET) }
      data += buffer[0..<count]
    }
  }

  /// A raw HTTP/1.1 response split into status, headers (lower-cased names) and body.
  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    init?(_ bytes: [UInt8]) {
      guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
      let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
      guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1.1 "),
        let status = Int(statusLine.dropFirst(9).prefix(3))
      else { return nil }
      self.status = status
      headers = [:]
      for line in head.dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
          in: .whitespaces)
      }
      body = Array(bytes[end.upperBound...])
    }

    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] }
  }
}
