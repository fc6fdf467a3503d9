import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import Testing

@testable import SilkRouteServer

/// 10,000 seeded bodies for `POST /v1/routes` (``RequestFuzzer``), through the application's
/// router: each is answered with 200 and a JSON answer, or a 4xx or 503 problem with a JSON body
/// whose text has no control character; never a 5xx otherwise, and no answer takes its search
/// thread longer than the budget allows (`Server-Timing`; the time the test sees also counts the
/// other suites running beside it, so it only guards against hangs). A failure names the seed and the body, to replay it; `SILKROUTE_FUZZ_SEED=n` runs
/// another seed.
@Suite struct RequestFuzzTests {
  static let seed: UInt64 =
    ProcessInfo.processInfo.environment["SILKROUTE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_F022
  static let bodies = 10_000
  static let workers = 4
  static let limits = SearchLimits(time: .milliseconds(400), labels: 200_000)
  /// What an answer may take on its search thread beyond its search budget: itineraries and
  /// encoding in a debug build on a shared two-core machine.
  static let slack = Duration.seconds(2)
  /// Longer than this, seen from the test, is a hang.
  static let hang = Duration.seconds(60)

  struct Finding: Sendable, CustomStringConvertible {
    var index: Int
    var kind: String
    var body: [UInt8]
    var problem: String
    var description: String {
      let text = String(decoding: body.prefix(300), as: UTF8.self).debugDescription
      return "seed \(RequestFuzzTests.seed) body #\(index) (\(kind)): \(problem); body \(text)"
    }
  }

  /// What one response broke, or nil.
  static func check(
    status: Int, contentType: String?, serverTiming: String?, body: Data, elapsed: Duration
  ) -> String? {
    if elapsed > hang { return "took \(elapsed)" }
    if let serverTiming {
      guard let milliseconds = Double(serverTiming.replacingOccurrences(of: "search;dur=", with: "")) else {
        return "Server-Timing \(serverTiming)"
      }
      if .milliseconds(milliseconds) > (limits.time ?? .zero) + slack {
        return "searched for \(milliseconds) ms"
      }
    }
    if status == 200 {
      guard contentType == "application/json",
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
        object["apiVersion"] as? String == "1"
      else { return "200 without a JSON answer" }
      return nil
    }
    guard (400..<500).contains(status) || status == 503 else { return "status \(status)" }
    guard contentType == "application/problem+json",
      let problem = try? JSONDecoder().decode(ProblemDetails.self, from: body)
    else { return "\(status) without a problem body: \(String(decoding: body.prefix(200), as: UTF8.self))" }
    guard problem.status == status, !problem.title.isEmpty, !problem.detail.isEmpty,
      problem.type.hasPrefix("urn:silkroute:problem:") || problem.type == "about:blank"
    else { return "malformed problem \(problem)" }
    let text = problem.title + problem.detail + (problem.field ?? "")
    if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "control character in \(problem)"
    }
    return nil
  }

  @Test func fuzzedBodiesAreAnsweredWithinBudget() async throws {
    let service = try ServerFixture.service.get()
    let cities = service.network.data.cities.flatMap { [$0.name, $0.id] }
    var fuzzer = RequestFuzzer(seed: Self.seed, cities: cities)
    let cases = (0..<Self.bodies).map { _ in fuzzer.next() }
    let configuration = ServerConfiguration(searchLimits: Self.limits, heavySearches: 1, quickSearches: 2)
    let app = SilkRouteServer.application(
      service: service, configuration: configuration, resources: try ServerFixture.resources.get())
    // The in-process client's first requests stall for seconds (~7.7 s measured, once per lane
    // thread; a live `silkroute serve` answers its first quote in 10 ms): warm every lane up
    // before timing the bodies.
    let warmUp = ByteBuffer(string: #"{"from": "Jiaozhou", "to": "Almaty"}"#)
    try await app.test(.router) { (client: any TestClientProtocol) async throws -> Void in
      for _ in 0..<(Self.workers * 2) {
        _ = try await client.execute(
          uri: ServerEndpoint.routes.path, method: .post, headers: ServerFixture.jsonHeaders, body: warmUp)
      }
    }
    let started = ContinuousClock.now
    let (findings, statuses, slowest, searches) = try await app.test(.router) { client in
      try await withThrowingTaskGroup(of: ([Finding], [Int: Int], Duration, Int).self) { group in
        for worker in 0..<Self.workers {
          group.addTask {
            var found: [Finding] = []
            var statuses: [Int: Int] = [:]
            var slowest = Duration.zero
            var searches = 0
            for index in stride(from: worker, to: cases.count, by: Self.workers) {
              let (kind, body) = cases[index]
              let sent = ContinuousClock.now
              let response = try await client.execute(
                uri: ServerEndpoint.routes.path, method: .post, headers: ServerFixture.jsonHeaders,
                body: ByteBuffer(bytes: body))
              let elapsed = ContinuousClock.now - sent
              if let timing = response.headers[.serverTiming],
                let milliseconds = Double(timing.replacingOccurrences(of: "search;dur=", with: ""))
              {
                searches += 1
                slowest = max(slowest, .milliseconds(milliseconds))
              }
              let status = Int(response.status.code)
              statuses[status, default: 0] += 1
              if let problem = Self.check(
                status: status, contentType: response.headers[.contentType],
                serverTiming: response.headers[.serverTiming], body: Data(response.body.readableBytesView),
                elapsed: elapsed)
              {
                found.append(Finding(index: index, kind: kind.rawValue, body: body, problem: problem))
              }
            }
            return (found, statuses, slowest, searches)
          }
        }
        return try await group.reduce(into: ([Finding](), [Int: Int](), Duration.zero, 0)) { total, part in
          total.0 += part.0
          total.1.merge(part.1, uniquingKeysWith: +)
          total.2 = max(total.2, part.2)
          total.3 += part.3
        }
      }
    }
    let counts = statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    print(
      "fuzz: seed \(Self.seed), \(Self.bodies) bodies in \(ContinuousClock.now - started), \(searches) "
        + "reached a search thread (longest there \(slowest)), statuses \(counts.joined(separator: ", "))")
    #expect(statuses.values.reduce(0, +) == Self.bodies)
    // The fuzz must reach the planner often enough to mean something.
    #expect(statuses[200, default: 0] > Self.bodies / 10, "\(counts)")
    for finding in findings.sorted(by: { $0.index < $1.index }).prefix(20) {
      Issue.record("\(finding)")
    }
  }

  /// Each generator kind, once, for the seed's first bodies: a quick smoke test of the fuzzer.
  @Test func theFuzzerMakesEveryKind() throws {
    var fuzzer = RequestFuzzer(seed: Self.seed, cities: ["Jiaozhou", "Almaty"])
    let kinds = Set((0..<500).map { _ in fuzzer.next().kind })
    #expect(kinds == Set(RequestFuzzer.Kind.allCases))
  }
}
