import Foundation
import SilkRouteAPI
import Testing

@testable import SilkRouteCLI

/// `route --search-memory` and `--search-time-limit` bound the search, in process and in the
/// binary alike: a Pareto front they stop lists the routes it proved, marked incomplete.
@Suite(.serialized) struct RouteSearchLimitTests {
  static let front = ["Jiaozhou", "Hamburg", "--format", "json", "--pareto", "cost,time"]

  static func answer(_ arguments: [String], binary: Bool) throws -> RouteResponse? {
    let outcome =
      binary ? try FrontEndParityTests.binary(arguments) : FrontEndParityTests.commandLine(arguments)
    guard case .answer(let data) = outcome else {
      Issue.record("\(arguments): \(outcome)")
      return nil
    }
    return try JSONDecoder().decode(RouteResponse.self, from: data)
  }

  @Test(arguments: [false, true])
  func aSmallMemoryStopsTheFrontWhereItWasProved(binary: Bool) throws {
    let full = try #require(try Self.answer(Self.front, binary: binary))
    #expect(full.paretoIncomplete == nil)
    let limited = try #require(try Self.answer(Self.front + ["--search-memory", "64KiB"], binary: binary))
    let incomplete = try #require(limited.paretoIncomplete)
    #expect(incomplete.stoppedBy == "label-limit" && incomplete.reason.contains("64 KiB"))
    let front = try #require(limited.paretoFront)
    let fullFront = try #require(full.paretoFront)
    #expect(!front.isEmpty && front.count < fullFront.count)
    #expect(front.allSatisfy { fullFront.contains($0) })
    // A memory the front fits in changes nothing.
    let roomy = try #require(try Self.answer(Self.front + ["--search-memory", "64MiB"], binary: binary))
    #expect(roomy.paretoFront == fullFront && roomy.paretoIncomplete == nil)
  }

  @Test(arguments: [
    ["--search-memory", "lots"], ["--search-memory", "12"], ["--search-memory", "2TiB"],
    ["--search-time-limit", "0"], ["--search-time-limit", "-1"], ["--search-time-limit", "100000"],
  ])
  func badLimitsAreRefusedInOneLine(extra: [String]) throws {
    for outcome in [
      FrontEndParityTests.commandLine(Self.front + extra), try FrontEndParityTests.binary(Self.front + extra),
    ] {
      guard case .failure(let status, let message) = outcome else {
        Issue.record("\(extra): \(outcome)")
        continue
      }
      #expect(
        status.rawValue == 64 && !message.contains("\n") && message.contains(extra[0]), "\(extra): \(message)"
      )
    }
  }

  /// A time limit the search cannot meet stops it before its first route: the budget's error.
  @Test func aTimeLimitBindsToo() throws {
    let outcome = FrontEndParityTests.commandLine(
      [
        "Jiaozhou", "Hamburg", "--format", "json", "--pareto", "cost,time,co2,documents",
        "--search-time-limit", "0.001",
      ]
        + ["--via", "Moscow,Almaty,Moscow,Almaty,Moscow,Almaty"])
    guard case .failure(let status, let message) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(status.rawValue == 4 && message.contains("time budget of 0"), "\(message)")
  }
}
