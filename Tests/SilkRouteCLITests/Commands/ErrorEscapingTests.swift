import Foundation
import Testing

/// What the CLI echoes of its input in an error stays on one line and carries no terminal
/// escapes, whichever layer phrased the message.
@Suite struct ErrorEscapingTests {
  static let runner = CommandRunner(name: "silkroute-escaping-tests")

  @Test(arguments: [
    (["route", "Mos\u{1b}[31mcow", "Hamburg"], #"Mos\u{1b}[31mcow"#, Int32(3)),
    (["route", "Jiaozhou", "x\r\ny"], #"x\u{d}\u{a}y"#, Int32(3)),
    (
      ["route", "Jiaozhou", "Hamburg", "--avoid-country", "\u{1b}]0;pwned\u{7}"], #"\u{1b}]0;pwned\u{7}"#,
      Int32(3)
    ),
    (["diagram", "--mode", "tele\u{1b}[2Jport"], #"tele\u{1b}[2Jport"#, Int32(64)),
    (["names", "coun\rtries"], #"coun\u{d}tries"#, Int32(64)),
  ])
  func echoedInputIsEscaped(_ arguments: [String], _ escaped: String, _ status: Int32) throws {
    let run = try Self.runner.run(arguments)
    expectOneLineError(run, status: status, containing: escaped)
    #expect(!run.stderr.dropLast().unicodeScalars.contains { $0.properties.generalCategory == .control })
  }

  @Test func malformedOffsetIsRefused() throws {
    let run = try Self.runner.run(["route", "Jiaozhou", "Almaty", "--depart", "2026-12-01T08:00+-9:-9"])
    expectOneLineError(run, status: 64, containing: "--depart")
  }
}
