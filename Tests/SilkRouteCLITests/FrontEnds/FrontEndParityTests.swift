import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteServer
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// The CLI, the HTTP API and the library answer the same question the same way: byte-identical
/// JSON, or the same class of error with the same reason in each front-end's own words.
@Suite(.serialized) struct FrontEndParityTests {
  static let service = BundledService.shared
  static let runner = CommandRunner(name: "silkroute-parity")

  /// An answer's bytes, or an error's class (a ``CommandFailure/Status``) and its message.
  enum Outcome: Equatable, CustomStringConvertible {
    case answer(Data)
    case failure(CommandFailure.Status, String)

    var description: String {
      switch self {
      case .answer(let data): "answer (\(data.count) bytes)"
      case .failure(let status, let message): "\(status) (\(status.rawValue)): \(message)"
      }
    }
  }

  /// The library's answer, with errors phrased in `wording` (JSON paths or flags).
  static func library(_ request: RouteRequest, flags: Bool) -> Outcome {
    do {
      return .answer(try APIJSON.encode(try service.get().answer(request)))
    } catch let error as RequestError {
      return .failure(.usage, flags ? error.message(naming: RequestField.flag(forPath:)) : error.description)
    } catch let error as RoutingError {
      return .failure(
        CommandFailure.status(of: error),
        error.message(flags ? CommandFailure.wording : RequestField.jsonWording))
    } catch {
      return .failure(.failure, "\(error)")
    }
  }

  /// `silkroute route …` in this process: flags parsed, mapped, answered and rendered as the
  /// command does (everything but loading the network, which `binary` covers).
  static func commandLine(_ arguments: [String]) -> Outcome {
    do {
      let command = try RouteCommand.parse(arguments)
      let plan = try command.request().plan()
      let service = try service.get()
      let text = try command.render(
        try command.answer(plan, service: service), plan: plan, network: service.network)
      return .answer(Data(text.utf8))
    } catch {
      let failure = CommandFailure(error)
      return .failure(failure.status, failure.message)
    }
  }

  /// The built `silkroute` binary.
  static func binary(_ arguments: [String]) throws -> Outcome {
    let run = try runner.run(["route"] + arguments)
    if run.status == 0 { return .answer(run.stdout) }
    let status = CommandFailure.Status(rawValue: run.status) ?? .failure
    var message = run.stderr
    if message.hasPrefix("silkroute: ") { message.removeFirst("silkroute: ".count) }
    if message.hasSuffix("\n") { message.removeLast() }
    return .failure(status, message)
  }

  /// `POST /v1/routes` over a live connection.
  static func http(_ body: Data, client: some TestClientProtocol) async throws -> Outcome {
    let response = try await client.execute(
      uri: "/v1/routes", method: .post, headers: [.contentType: "application/json"],
      body: ByteBuffer(bytes: body))
    let bytes = Data(response.body.readableBytesView)
    if response.status == .ok { return .answer(bytes) }
    let problem = try JSONDecoder().decode(ProblemDetails.self, from: bytes)
    let slug = problem.type.replacingOccurrences(of: "urn:silkroute:problem:", with: "")
    let status: CommandFailure.Status =
      switch slug {
      case "invalid-field", "unsupported-combination", "same-origin-and-destination", "invalid-query": .usage
      case "unknown-city", "ambiguous-city", "unknown-name": .notFound
      case "no-route": .noRoute
      case "search-too-large": .searchTooLarge
      default: .failure
      }
    #expect(problem.status == 422, "\(problem)")
    return .failure(status, problem.detail)
  }

  /// ≥ 500 seeded random requests — every mode and constraint, good and bad values — through
  /// the three front-ends (and every tenth through the binary too).
  @Test func randomRequestsAnswerAlikeEverywhere() async throws {
    let seed: UInt64 = 20_261_207
    var rng = SplitMix64(seed: seed)
    let samples = (0..<520).map { _ in RequestSample.random(using: &rng) }
    let app = try SilkRouteServer.application(service: try Self.service.get())
    let kinds = try await app.test(.live) { client in
      var kinds: [String: Int] = [:]
      for (index, sample) in samples.enumerated() {
        let context = "seed \(seed), sample \(index): silkroute route \(sample)"
        let viaJSON = Self.library(sample.library(), flags: false)
        let viaFlags = Self.library(sample.library(), flags: true)
        // The library decoding the HTTP body reads the same request as the library value.
        let decoded = try RouteRequest.decode(json: sample.json())
        #expect(decoded == sample.library(), "\(context)")
        let overHTTP = try await Self.http(sample.json(), client: client)
        #expect(overHTTP == viaJSON, "\(context): HTTP \(overHTTP) ≠ library \(viaJSON)")
        var cli = Self.commandLine(sample.arguments())
        if case .answer(let data) = cli, data.last == UInt8(ascii: "\n") { cli = .answer(data.dropLast()) }
        #expect(cli == viaFlags, "\(context): CLI \(cli) ≠ library \(viaFlags)")
        if index % 10 == 0 {
          var process = try Self.binary(sample.arguments())
          if case .answer(let data) = process, data.last == UInt8(ascii: "\n") {
            process = .answer(data.dropLast())
          }
          #expect(process == viaFlags, "\(context): binary \(process) ≠ library \(viaFlags)")
        }
        switch viaJSON {
        case .answer: kinds["answer", default: 0] += 1
        case .failure(let status, _): kinds["\(status)", default: 0] += 1
        }
      }
      return kinds
    }
    // The pool exercises answers and every class of refusal.
    #expect((kinds["answer"] ?? 0) >= 200, "\(kinds)")
    for kind in ["usage", "notFound", "noRoute"] { #expect((kinds[kind] ?? 0) >= 5, "\(kinds)") }
  }
}
