import Foundation
import SilkRouteTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `silkroute serve` process on a free loopback port, and a blocking HTTP/1.1 client for it
/// whose reads run on threads of their own (never on the cooperative pool).
final class ServeProcess: @unchecked Sendable {
  let process: Process
  let port: Int

  /// `silkroute serve ARGUMENTS` started on a free loopback port, on the bundled network (cached in
  /// the runner's scratch folder), its standard output and error written to `output`.
  static func launch(_ arguments: [String], runner: CommandRunner, output: Pipe) throws -> Process {
    let process = Process()
    process.executableURL = CommandRunner.binary
    process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["SILKROUTE_CACHE"] = runner.scratch.appendingPathComponent("cache").path
    environment["SILKROUTE_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
    process.environment = environment
    process.standardOutput = output
    process.standardError = output
    try process.run()
    return process
  }

  init(_ arguments: [String], runner: CommandRunner) throws {
    let output = Pipe()
    process = try Self.launch(arguments, runner: runner, output: output)
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
    let fd = try #require(
      LoopbackSocket.connected(toPort: port) { fd in
        if var size = receiveBuffer {
          setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        LoopbackSocket.setReceiveTimeout(fd, seconds: 120)
      })
    defer { close(fd) }
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
