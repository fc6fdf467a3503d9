import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteServer
import Synchronization
import Testing

@testable import SilkRouteCLI

/// Every route option binds in the matrix front-ends too: each case of `OptionBindingTests`
/// asked as a one-cell matrix — through `silkroute matrix` (mapped in this process, and the
/// binary) and `POST /v1/matrix` — keeps the option's promise with the option and fails it
/// without. A matrix flag or field that is dropped or mis-mapped fails its case.
@Suite(.serialized) struct MatrixOptionBindingTests {
  struct Line: Decodable {
    var response: RouteResponse?
  }

  /// `silkroute matrix --from A --to B …` for the sample's `route A B …`.
  static func arguments(_ sample: RequestSample) -> [String] {
    ["--from", sample.from, "--to", sample.to] + sample.arguments().dropFirst(2)
  }

  /// The sample's HTTP body with its cities as one-city lists.
  static func json(_ sample: RequestSample) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: sample.json()) as? [String: Any])
    object["from"] = [sample.from]
    object["to"] = [sample.to]
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// The one cell's response in a JSON Lines output.
  static func response(_ output: Data, _ context: String) -> RouteResponse? {
    let lines = output.split(separator: UInt8(ascii: "\n"))
    guard lines.count == 1, let line = try? JSONDecoder().decode(Line.self, from: Data(lines[0])),
      let response = line.response
    else {
      Issue.record("\(context): \(String(decoding: output, as: UTF8.self).prefix(300))")
      return nil
    }
    return response
  }

  static func commandLine(_ arguments: [String]) throws -> Data {
    let command = try MatrixCommand.parse(arguments)
    let service = try FrontEndParityTests.service.get()
    let plan = try service.plan(try command.matrix())
    let text = MatrixText(format: command.format, plan: plan, network: service.network)
    let output = Mutex<String>(text.header)
    _ = service.answer(plan) { cell in
      let line = (try? text.text(cell)) ?? ""
      output.withLock { $0 += line }
    }
    return Data(output.withLock { $0 }.utf8)
  }

  @Test func everyOptionBindsInEveryMatrixFrontEnd() async throws {
    let app = try SilkRouteServer.application(service: try FrontEndParityTests.service.get())
    try await app.test(.live) { client in
      // A matrix refuses a departure sweep (`RouteOptions+DepartWindowTests`): one departure a cell.
      for binding in OptionBindingTests.bindings where !binding.field.hasPrefix("departWindow") {
        for frontEnd in ["HTTP", "CLI", "binary"] {
          func answer(_ sample: RequestSample) async throws -> Data {
            switch frontEnd {
            case "HTTP":
              let response = try await client.execute(
                uri: "/v1/matrix", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: try Self.json(sample)))
              return Data(response.body.readableBytesView)
            case "CLI": return try Self.commandLine(Self.arguments(sample))
            default: return try FrontEndParityTests.runner.run(["matrix"] + Self.arguments(sample)).stdout
            }
          }
          let context = "\(binding.field) via \(frontEnd): silkroute matrix \(Self.arguments(binding.bound))"
          guard let base = Self.response(try await answer(binding.base), context + " (base)"),
            let bound = Self.response(try await answer(binding.bound), context)
          else { continue }
          #expect(!binding.holds(base), "\(context): the answer without the option already keeps its promise")
          #expect(binding.holds(bound), "\(context): the option is not honoured")
        }
      }
    }
  }
}
