import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `silkroute serve` process on a free loopback port, and a blocking HTTP/1.1 client for it
/// whose reads run on threads of their own (never on the cooperative pool).
final class ServeProcess: @unchecked Sendable {
  let process = Process()
  let port: Int

  init(_ arguments: [String], runner: CommandRunner) throws {
    process.executableURL = CommandRunner.binary
    process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["SILKROUTE_CACHE"] = runner.scratch.appendingPathComponent("cache").path
    environment["SILKROUTE_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    guard
      let port = ServeCommandTests.listeningPort(output.fileHandleForReading, deadline: .now + .seconds(120))
    else {
      process.terminate()
      throw CocoaError(.fileReadUnknown)
    }
    self.port = port
    // Keep draining the log so the server never blocks on a full pipe.
    Thread { _ = output.fileHandleForReading.readDataToEndOfFile() }.start()
  }

  deinit { if process.isRunning { process.interrupt() } }

  /// A reply: status, headers (lower-cased names), body, and how long the exchange took.
  struct Reply: Sendable {
    var status = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []
    var elapsed: Duration = .zero
    var contentLength: Int? { headers["content-length"].flatMap { Int($0) } }
  }

  static func post(_ json: String) -> String {
    "POST /v1/routes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      + "Content-Length: \(json.utf8.count)\r\nConnection: close\r\n\r\n\(json)"
  }

  static func get(_ path: String) -> String {
    "GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
  }

  /// Sends `request` on a new connection and reads until the server closes it. After the first
  /// `pauseAfter` bytes (if given) it calls `pause` and waits `pauseFor` before reading on, in
  /// `receiveBuffer`-byte reads: a slow client.
  func exchange(
    _ request: String, receiveBuffer: Int32? = nil, pauseAfter: Int? = nil, pauseFor: Duration = .zero,
    pause: @escaping @Sendable () -> Void = {}
  ) async throws -> Reply {
    let port = port
    return try await withCheckedThrowingContinuation { continuation in
      Thread {
        continuation.resume(
          with: Result {
            try Self.blockingExchange(
              port: port, request, receiveBuffer: receiveBuffer, pauseAfter: pauseAfter, pauseFor: pauseFor,
              pause: pause)
          })
      }.start()
    }
  }

  private static func blockingExchange(
    port: Int, _ request: String, receiveBuffer: Int32?, pauseAfter: Int?, pauseFor: Duration,
    pause: () -> Void
  ) throws -> Reply {
    let started = ContinuousClock.now
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    try #require(fd >= 0)
    defer { close(fd) }
    if var size = receiveBuffer {
      setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }
    var timeout = timeval(tv_sec: 120, tv_usec: 0)
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
    let bytes = Array(request.utf8)
    try #require(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: Int(receiveBuffer ?? 65536))
    var paused = pauseAfter == nil
    while true {
      let count = read(fd, &buffer, buffer.count)
      if count <= 0 { break }
      data += buffer[0..<count]
      if !paused, let limit = pauseAfter, data.count >= limit {
        paused = true
        pause()
        Thread.sleep(forTimeInterval: Double(pauseFor / .milliseconds(1)) / 1000)
      }
    }
    var reply = Reply(elapsed: ContinuousClock.now - started)
    guard let end = data.firstRange(of: Array("\r\n\r\n".utf8)) else { return reply }
    let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    reply.status = head.first.flatMap { Int($0.dropFirst(9).prefix(3)) } ?? 0
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      reply.headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    reply.body = Array(data[end.upperBound...])
    return reply
  }
}
