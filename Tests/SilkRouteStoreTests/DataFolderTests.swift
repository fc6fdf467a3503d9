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
}
