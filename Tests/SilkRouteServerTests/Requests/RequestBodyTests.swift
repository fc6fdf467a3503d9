import Foundation
import HummingbirdTesting
import SilkRouteServer
import Testing

/// Reading the body of `POST /v1/routes` over a raw connection: a malformed chunk is the client's
/// fault (400), a body that trickles in is cut off (408), and both close the connection.
/// Serialized, with replies awaited up to 30 s: run beside the other latency suites on two cores,
/// six live servers at once once left a reply unread for 10 s (CI, 2026-12-07).
@Suite(.serialized) struct RequestBodyTests {
  static let head = "POST /v1/routes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"

  @Test(arguments: ["zz", "fffffffffffffffff", "-1", "1x"])
  func malformedChunkSizeIs400(_ size: String) async throws {
    try await ServerFixture.withLiveServer { client in
      let connection = try RawConnection(port: try #require(client.port))
      connection.send(Self.head + "Transfer-Encoding: chunked\r\n\r\n\(size)\r\n{}\r\n0\r\n\r\n")
      let (data, closed) = await connection.readAll(idleSeconds: 30)
      let reply = try #require(RawConnection.Reply(data), "\(String(decoding: data, as: UTF8.self))")
      #expect(reply.status == 400)
      #expect(reply.headers["content-type"] == "application/problem+json")
      #expect(reply.json?["type"] as? String == "urn:silkroute:problem:malformed-body")
      #expect(closed)
      // One response, not a second one from the HTTP layer after it.
      #expect(String(decoding: data, as: UTF8.self).components(separatedBy: "HTTP/1.1 ").count == 2)
    }
  }

  @Test func wellFormedChunkedBodyIsAnswered() async throws {
    try await ServerFixture.withLiveServer { client in
      let connection = try RawConnection(port: try #require(client.port))
      let json = #"{"from": "Jiaozhou", "to": "Almaty"}"#
      let chunk = String(json.utf8.count, radix: 16)
      connection.send(
        Self.head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n\(chunk)\r\n\(json)\r\n0\r\n\r\n")
      let reply = try #require(RawConnection.Reply(await connection.readAll(idleSeconds: 30).data))
      #expect(reply.status == 200)
    }
  }

  @Test func bodyTrickledPastTheDeadlineIs408() async throws {
    let configuration = ServerConfiguration(idleTimeout: .seconds(30), bodyReadTimeout: .seconds(1))
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let connection = try RawConnection(port: try #require(client.port))
      let started = ContinuousClock.now
      connection.send(Self.head + "Content-Length: 40\r\n\r\n{")
      // A byte every 300 ms keeps the idle timeout away for ever; the body deadline does not.
      let trickle = Task.detached {
        for _ in 0..<20 {
          try await Task.sleep(for: .milliseconds(300))
          connection.send(" ")
        }
      }
      defer { trickle.cancel() }
      let (data, closed) = await connection.readAll(idleSeconds: 30)
      let elapsed = ContinuousClock.now - started
      let reply = try #require(RawConnection.Reply(data), "\(String(decoding: data, as: UTF8.self))")
      #expect(reply.status == 408)
      #expect(reply.json?["type"] as? String == "urn:silkroute:problem:body-timeout")
      #expect(closed)
      // Well before the 6 s the trickle would take (generous: other suites start servers meanwhile).
      #expect(elapsed >= .milliseconds(900) && elapsed < .seconds(30), "\(elapsed)")
    }
  }

  @Test func bodyWithinTheDeadlineIsAnswered() async throws {
    let configuration = ServerConfiguration(bodyReadTimeout: .seconds(20))
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let connection = try RawConnection(port: try #require(client.port))
      let json = #"{"from": "Jiaozhou", "to": "Almaty"}"#
      connection.send(Self.head + "Content-Length: \(json.utf8.count)\r\nConnection: close\r\n\r\n")
      // A character every 20 ms, from a thread of its own (the cooperative pool may be busy).
      Thread {
        for character in json {
          Thread.sleep(forTimeInterval: 0.02)
          connection.send(String(character))
        }
      }.start()
      let reply = try #require(RawConnection.Reply(await connection.readAll(idleSeconds: 30).data))
      #expect(reply.status == 200)
    }
  }
}
