import Foundation
import HummingbirdTesting
import SilkRoute
import SilkRouteServer
import Testing

/// Budgets over HTTP: a runaway request stops at its time limit; heavy requests run a bounded
/// number at a time, and plain quotes beside them; a client that hangs up frees its thread. (The
/// latency of `/healthz` under load is measured on a `silkroute serve` process, in
/// `ServeUnderLoadTests`: in this process the test harness itself blocks the cooperative pool.)
@Suite struct ServerLoadTests {
  /// Four criteria through Moscow and Almaty, five times over: 17 s of a core and 12.7 MB in a
  /// release build before budgets.
  static let runaway =
    #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time", "co2", "documents"], "constraints": {"via": ["Moscow", "Almaty", "Moscow", "Almaty", "Moscow", "Almaty", "Moscow", "Almaty", "Moscow", "Almaty"]}}"#
  static let quote = #"{"from": "Jiaozhou", "to": "Almaty"}"#
  static let front = #"{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time"]}"#

  @Test func aRunawayRequestStopsAtItsTimeLimit() async throws {
    let configuration = ServerConfiguration(searchLimits: SearchLimits(time: .milliseconds(500)))
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let port = try #require(client.port)
      let (reply, elapsed) = try await RawConnection.exchange(port: port, RawConnection.post(Self.runaway))
      let problem = try #require(reply?.json)
      #expect(reply?.status == 422)
      #expect(problem["type"] as? String == "urn:silkroute:problem:budget-exceeded")
      #expect((problem["detail"] as? String)?.contains("time budget of 0.5 s") == true, "\(problem)")
      // Generous: other suites start servers (and render their maps) at the same time.
      #expect(elapsed < .seconds(20), "\(elapsed)")
    }
  }

  @Test func heavyRequestsPastTheQueueGet503WithRetryAfter() async throws {
    let configuration = ServerConfiguration(
      searchLimits: SearchLimits(time: .seconds(30)), heavySearches: 1, maxQueuedSearches: 0)
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let port = try #require(client.port)
      // Once the runaway holds the only heavy thread, the next heavy request is refused at once.
      let refused = try await RawConnection.whileHeld(
        port: port, by: RawConnection.post(Self.runaway), probe: RawConnection.post(Self.front))
      let reply = try #require(refused)
      #expect(reply.status == 503)
      #expect(reply.headers["retry-after"] == "30")
      #expect(reply.json?["type"] as? String == "urn:silkroute:problem:overloaded")
      // Plain quotes have a lane of their own.
      let (quote, _) = try await RawConnection.exchange(port: port, RawConnection.post(Self.quote))
      #expect(quote?.status == 200)
    }
  }

  @Test func aClientThatHangsUpFreesItsSearchThread() async throws {
    let configuration = ServerConfiguration(
      searchLimits: SearchLimits(time: .seconds(120)), heavySearches: 1, searchQueueTimeout: .seconds(60))
    try await ServerFixture.withLiveServer(configuration: configuration) { client in
      let port = try #require(client.port)
      let gone = try RawConnection(port: port)
      gone.send(RawConnection.post(Self.runaway))
      try await Task.sleep(for: .milliseconds(500))
      gone.hangUp()
      // Had the runaway kept the only heavy thread, this would wait two minutes.
      let (reply, elapsed) = try await RawConnection.exchange(port: port, RawConnection.post(Self.front))
      #expect(reply?.status == 200)
      #expect(elapsed < .seconds(60), "\(elapsed)")
    }
  }
}
