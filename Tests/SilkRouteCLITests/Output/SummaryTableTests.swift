import Foundation
import Testing

/// `silkroute route … --pareto`: the table shows every criterion asked for, documents included,
/// so two routes that differ only in their documents do not print as the same line.
@Suite(.serialized) struct SummaryTableTests {
  static let runner = CommandRunner(name: "silkroute-summary-table-tests")

  func run(_ arguments: [String]) throws -> CommandRunner.Output { try Self.runner.run(arguments) }

  /// The table's cells by column title, one dictionary per route, in order (the quote's lines
  /// that follow the table are not rows).
  static func rows(_ table: String) throws -> [[String: String]] {
    let lines = table.split(separator: "\n").map(String.init)
    let headerIndex = try #require(
      lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#  ") })
    let titles = cells(lines[headerIndex])
    return lines[(headerIndex + 2)...].prefix { !$0.hasPrefix("Quote ") }.map { line in
      Dictionary(uniqueKeysWithValues: zip(titles, cells(line)))
    }
  }

  /// Cells are separated by two spaces or more.
  static func cells(_ line: String) -> [String] {
    line.trimmingCharacters(in: .whitespaces)
      .split(separator: "  ", omittingEmptySubsequences: true)
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  @Test func paretoOverDocumentsShowsTheDocumentsOfEachRoute() throws {
    let arguments = ["route", "Jiaozhou", "Hamburg", "--pareto", "cost,time,documents"]
    let table = try run(arguments)
    #expect(table.status == 0, "\(table.stderr)")
    let json = try run(arguments + ["--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let response = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let front = try #require(response["paretoFront"] as? [[String: Any]])
    let rows = try Self.rows(table.text)
    #expect(rows.count == front.count, "\(table.text)")

    // Each row's docs cell is its route's: `1 B/L` for a through B/L, else the count.
    func documents(_ route: [String: Any]) -> String {
      let kind = (route["documentPlan"] as? [String: Any])?["kind"] as? String
      let count = (route["totals"] as? [String: Any])?["documents"] as? Int ?? -1
      return kind == "through-bl" ? "1 B/L" : "\(count)"
    }
    for (row, route) in zip(rows, front) {
      #expect(row["docs"] == documents(route), "row \(row)")
    }

    // Routes over the same services booked differently (leg by leg, under one B/L) differ only
    // in documents and what they cost; their rows must tell them apart.
    func services(_ route: [String: Any]) -> [String] {
      (route["steps"] as? [[String: Any]] ?? []).compactMap { $0["service"] as? String }
    }
    var pairs = 0
    for i in front.indices {
      for j in front.indices where i < j && services(front[i]) == services(front[j]) {
        #expect(documents(front[i]) != documents(front[j]))
        #expect(rows[i]["docs"] != rows[j]["docs"], "rows \(i + 1) and \(j + 1)")
        #expect(rows[i]["modes"] == rows[j]["modes"] && rows[i]["via"] == rows[j]["via"])
        pairs += 1
      }
    }
    #expect(pairs > 0, "no two routes over the same services: pick another city pair\n\(table.text)")
  }

  @Test func paretoWithoutDocumentsStillShowsThemOnTheBundledNetwork() throws {
    let table = try run(["route", "Jiaozhou", "Almaty", "--pareto", "cost,time"])
    #expect(table.status == 0, "\(table.stderr)")
    let rows = try Self.rows(table.text)
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0["docs"].map { $0 == "1 B/L" || Int($0) != nil } ?? false }, "\(table.text)")
  }
}
