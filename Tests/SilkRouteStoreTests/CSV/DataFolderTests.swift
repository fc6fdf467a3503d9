import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

@Suite struct DataFolderTests {
  @Test func writeThenReadIsIdentity() throws {
    let folder = try Fixture.folder()
    let (data, _) = try DataFolder.read(folder)
    #expect(data == Fixture.data())
    #expect(try DataFolder.load(folder) == Fixture.data())
  }

  @Test func malformedValueNamesFileLineColumnAndValue() throws {
    let folder = try Fixture.folder()
    try Fixture.replace(in: folder.appendingPathComponent("services.csv"), ",2d,", with: ",2 days,")
    #expect {
      _ = try DataFolder.read(folder)
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      let text = error.description
      return error.location.file == "services.csv" && error.location.line == 3
        && error.field == "transit" && error.value == "2 days"
        && text.hasPrefix("services.csv:3:") && text.contains("expected a duration")
    }
  }

  @Test func unknownReferenceIsLocated() throws {
    let folder = try Fixture.folder()
    try Fixture.replace(in: folder.appendingPathComponent("services.csv"), ",ktz,", with: ",kzt,")
    #expect {
      _ = try DataFolder.load(folder)
    } throws: { error in
      guard let problem = (error as? DataValidationError)?.problems.first else { return false }
      // header is line 1, jz-ala line 2, dos-alm line 3; carrier is the 3rd column.
      return problem.location.file == "services.csv" && problem.location.line == 3
        && problem.field == "carrier" && problem.description.contains("unknown carrier 'kzt'")
    }
  }

  @Test func listsEveryBrokenInvariant() throws {
    var data = Fixture.data()
    data.services[0].transit = .zero
    data.services[1].tariffSources = ["nowhere"]
    data.terminals[1].city = "atlantis"
    data.cities.append(data.cities[0])  // duplicate id
    let issues = DataFolder.issues(in: data)
    let messages = issues.map(\.description).joined(separator: "\n")
    #expect(messages.contains("transit time must be positive"), "\(messages)")
    #expect(messages.contains("unknown source 'nowhere'"))
    #expect(messages.contains("unknown city 'atlantis'"))
    #expect(messages.contains("duplicate id 'jiaozhou'"))
  }

  @Test func unreachableCityIsReported() throws {
    var data = Fixture.data()
    data.services.removeAll { $0.id == "dos-alm" }
    let messages = DataFolder.issues(in: data).map(\.description)
    #expect(messages.contains { $0.contains("'almaty'") && $0.contains("unreachable") })
  }

  @Test func landCrossingWithoutBorderCrossingIsRejected() throws {
    var data = Fixture.data()
    data.borderCrossings = []
    let messages = DataFolder.issues(in: data).map(\.description)
    #expect(messages.contains { $0.contains("border_crossings has no such crossing") })
  }

  @Test func missingFileAndUnknownColumn() throws {
    let folder = try Fixture.folder()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("carriers.csv"))
    #expect(throws: DataFileError.self) { _ = try DataFolder.read(folder) }
    let other = try Fixture.folder()
    try Fixture.replace(in: other.appendingPathComponent("cities.csv"), "locode", with: "loccode")
    #expect {
      _ = try DataFolder.read(other)
    } throws: { error in
      (error as? DataFileError)?.description.contains("cities.csv:1:") == true
    }
  }

  /// A copy of the bundled `Data/` in a scratch folder.
  static func bundledCopy(_ name: String = #function) throws -> URL {
    let folder = Fixture.scratch(name)
    let source = try BundledNetwork.dataFolder()
    for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file.hasSuffix(".csv")
    {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
    }
    return folder
  }

  /// Validate reports what import would refuse: a duplicated row in any table (the database's
  /// keys), located at the second occurrence.
  @Test(arguments: ["operators.csv", "operator_services.csv", "timetables.csv", "services.csv"])
  func duplicatedRowsAreLocated(file: String) throws {
    let folder = try Self.bundledCopy("dup-\(file)")
    let url = folder.appendingPathComponent(file)
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count > 2)
    try (lines.joined(separator: "\n") + lines[1] + "\n").write(to: url, atomically: false, encoding: .utf8)
    #expect {
      _ = try DataFolder.load(folder)
    } throws: { error in
      guard let problem = (error as? DataValidationError)?.problems.first else { return false }
      return problem.location.file == file && problem.location.line == lines.count
        && problem.description.contains("duplicate key (first at line 2)")
    }
  }

  /// NUL and other control characters are refused where they stand, never truncating a value;
  /// invalid UTF-8 is located at its byte.
  @Test(
    arguments: [
      (Data("id,name\nx,Alm\u{0}aty\n".utf8), "6", "control character U+0000"),
      (Data("id,name\nx,Mos\u{1B}[31mcow\n".utf8), "6", "control character U+001B"),
      (Data("id,name\nx,Almat".utf8) + Data([0xFF]) + Data("y\n".utf8), "8", "invalid UTF-8: byte 0xFF"),
      (Data("id,name\nx,Ał".utf8) + Data([0xC5]), "5", "invalid UTF-8: the file ends inside"),
    ] as [(Data, String, String)])
  func badTextIsLocated(bytes: Data, column: String, message: String) throws {
    #expect {
      _ = try DataFolder.checkedText(bytes, file: "cities.csv")
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      return error.location.description == "cities.csv:2:\(column)" && error.message.hasPrefix(message)
    }
    #expect(throws: Never.self) {
      _ = try DataFolder.checkedText(Data("a,\tb\r\nc,\"d\ne\"\n".utf8), file: "x.csv")
    }
  }
}
