import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// `silkroute batch`: one result per row, in input order, each the library's answer; malformed
/// rows located and the others answered; a file that cannot be read is one line on stderr.
@Suite struct BatchCommandTests {
  static let runner = CommandRunner(name: "silkroute-batch-tests")

  /// `text` written to a scratch file named `name`.
  static func file(_ name: String, _ text: String) throws -> String {
    try FileManager.default.createDirectory(at: runner.scratch, withIntermediateDirectories: true)
    let url = runner.scratch.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  struct Line: Decodable {
    var index: Int
    var line: Int?
    var id: String?
    var status: String
    var costCents: Int64?
    var response: RouteResponse?
    var error: Failure?

    struct Failure: Decodable {
      var exitStatus: Int32
      var field: String?
      var column: Int?
      var message: String
    }
  }

  @Test func jsonLinesCarryTheLibrarysAnswersInInputOrder() throws {
    let service = try BundledService.shared.get()
    let seed = UInt64.random(in: 0...UInt64.max)
    let sample = BatchSample(network: service.network, count: 40, seed: seed)
    let input = try Self.file("sample-\(seed).csv", sample.csv)
    let run = try Self.runner.run(["batch", input, "--format", "jsonl"])
    #expect(run.status == 0, "seed \(seed): \(run.stderr)")
    let lines = try run.text.split(separator: "\n").map {
      try JSONDecoder().decode(Line.self, from: Data($0.utf8))
    }
    #expect(lines.map(\.index) == Array(0..<40), "seed \(seed)")
    for (line, shipment) in zip(lines, sample.shipments) {
      #expect(line.id == shipment.id && line.line == line.index + 2)
      do {
        let expected = try service.answer(shipment.request)
        #expect(line.response == expected, "seed \(seed): \(shipment.id)")
        #expect(line.costCents == expected.itinerary?.totals.costCents.rawValue)
      } catch let error as RoutingError {
        #expect(line.status == "error" && line.error?.message == error.message(BatchRowFailure.wording))
      }
    }
  }

  @Test func csvOutputLocatesMalformedRowsAndAnswersTheOthers() throws {
    let input = try Self.file(
      "mixed.csv",
      """
      id,from,to,cargo.count,cargo.unit
      a,Jiaozhou,Almaty,1,FEU
      b,Jiaozhou,Al"maty,1,FEU
      c,Jiaozhou,Almaty,x,FEU
      d,Almaty,Jiaozhou

      """)
    let output = Self.runner.scratch.appendingPathComponent("mixed-out.csv").path
    let run = try Self.runner.run(["batch", input, "--output", output])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("3 of 4 rows have no answer"), "\(run.stderr)")
    let rows = try String(contentsOfFile: output, encoding: .utf8).components(separatedBy: "\r\n").dropLast()
    #expect(rows.first == String(BatchCSV.header.dropLast()))
    #expect(rows.count == 5)
    #expect(rows[1].hasPrefix("0,2,a,Jiaozhou,Almaty,ok,"))
    #expect(rows[2].hasPrefix("1,3,b,,,error,") && rows[2].contains("column 14: a quote"), "\(rows[2])")
    #expect(
      rows[3].hasPrefix("2,4,c,,,error,")
        && rows[3].contains("cargo.count,column 19: cargo.count: not an integer: x"), "\(rows[3])")
    #expect(rows[4].hasPrefix("3,5,d,,,error,") && rows[4].contains("3 fields, the header has 5"))
  }

  @Test(arguments: [
    (["batch", "/nonexistent/ships.csv"], "/nonexistent/ships.csv: no such file"),
    (["batch", "/tmp"], "cannot tell the format"),
    (["batch", "ships.txt"], "cannot tell the format"),
  ])
  func anUnreadableFileIsOneLine(arguments: [String], message: String) throws {
    expectOneLineError(try Self.runner.run(arguments), containing: message)
  }

  @Test func aFolderOrABadHeaderIsOneLine() throws {
    let folder = Self.runner.scratch.appendingPathComponent("folder.csv")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    expectOneLineError(try Self.runner.run(["batch", folder.path]), status: 1, containing: "is a folder")
    let bad = try Self.file("bad-header.csv", "from,to,weight\nA,B,1\n")
    expectOneLineError(
      try Self.runner.run(["batch", bad]), status: 1,
      containing: "bad-header.csv:1:9: unknown column 'weight'")
  }
}
