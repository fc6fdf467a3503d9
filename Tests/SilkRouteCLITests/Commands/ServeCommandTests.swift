import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `silkroute serve` as a process: it listens on loopback, answers, and exits 0 on SIGTERM.
@Suite struct ServeCommandTests {
  static let runner = CommandRunner(name: "silkroute-serve-tests")

  /// Reads the server's log until it says where it listens; nil if it exits or stays silent.
  static func listeningPort(_ output: FileHandle, deadline: ContinuousClock.Instant) -> Int? {
    var log = ""
    while ContinuousClock.now < deadline {
      let chunk = output.availableData
      if chunk.isEmpty { return nil }  // the process closed its output: it exited
      log += String(decoding: chunk, as: UTF8.self)
      if let range = log.range(of: "listening on 127.0.0.1:") {
        let digits = log[range.upperBound...].prefix { $0.isNumber }
        if let port = Int(digits), log[range.upperBound...].count > digits.count { return port }
      }
    }
    return nil
  }

  @Test func servesOnLoopbackAndStopsOnSIGTERM() async throws {
    let output = Pipe()
    let process = try ServeProcess.launch([], runner: Self.runner, output: output)
    defer { if process.isRunning { process.interrupt() } }
    let port = try #require(
      Self.listeningPort(output.fileHandleForReading, deadline: .now + .seconds(120)),
      "no 'listening on' line")
    let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
    let (body, response) = try await URLSession.shared.data(from: url)
    #expect((response as? HTTPURLResponse)?.statusCode == 200)
    let health = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    #expect(health["status"] as? String == "ok")

    process.terminate()  // SIGTERM: graceful shutdown
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
  }

  /// `--diagram-service-limit` reaches the server: under it nothing is drawn at start-up, over it
  /// the map is refused with the limit in the message.
  @Test func diagramServiceLimitRefusesTheMap() async throws {
    let output = Pipe()
    let process = try ServeProcess.launch(
      ["--diagram-service-limit", "10"], runner: Self.runner, output: output)
    defer { if process.isRunning { process.interrupt() } }
    let port = try #require(
      Self.listeningPort(output.fileHandleForReading, deadline: .now + .seconds(120)),
      "no 'listening on' line")
    let url = try #require(URL(string: "http://127.0.0.1:\(port)/v1/network.svg"))
    let (body, response) = try await URLSession.shared.data(from: url)
    #expect((response as? HTTPURLResponse)?.statusCode == 403)
    let problem = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    #expect(problem["type"] as? String == "urn:silkroute:problem:diagram-too-large")
    #expect((problem["detail"] as? String)?.contains("up to 10 ") == true, "\(problem)")
    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func badPortIsAOneLineError() throws {
    let bad = try Self.runner.run(["serve", "--port", "70000"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix("silkroute: ") && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
  }
}
