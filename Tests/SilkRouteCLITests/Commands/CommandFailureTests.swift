import ArgumentParser
import SilkRoute
import SilkRouteAPI
import SilkRouteStore
import Testing

@testable import SilkRouteCLI

/// Every error becomes one line in the CLI's words and the exit status of its class (README,
/// "Exit status").
@Suite struct CommandFailureTests {
  @Test func theStatusesAreTheDocumentedOnes() {
    #expect(CommandFailure.Status.allCases.map(\.rawValue) == [1, 2, 3, 4, 64, 65])
  }

  @Test func routingErrorsMapToTheirClass() {
    let cases: [(RoutingError, CommandFailure.Status)] = [
      (.unknownCity("x", suggestions: []), .notFound),
      (.ambiguousCity("x", candidates: ["a", "b"]), .notFound),
      (.unknownName("x", kind: .carrier, suggestions: []), .notFound),
      (.noRoute(from: "A", to: "B", reason: .notConnected(looseCargo: false)), .noRoute),
      (.searchTooLarge(labels: 10), .searchTooLarge),
      (.sameOriginAndDestination("A"), .usage),
      (.invalidQuery(.maxLegs, "too few"), .usage),
      (.cancelled, .failure),
    ]
    for (error, status) in cases {
      #expect(CommandFailure.status(of: error) == status, "\(error)")
      #expect(CommandFailure(error).status == status, "\(error)")
    }
  }

  /// Request errors name the CLI's flags, not the JSON paths.
  @Test func requestErrorsNameFlags() {
    let failure = CommandFailure(
      RequestError(field: "alternatives", message: "ask for either", conflictsWith: ["pareto"]))
    #expect(failure.status == .usage)
    #expect(failure.message == "--alternatives with --pareto: ask for either")
  }

  /// Unknown names say which command lists them all.
  @Test func unknownNamesPointAtTheListingCommand() {
    for (kind, command) in [
      (NameKind.country, "names countries"), (.carrier, "names carriers"), (.crossing, "names crossings"),
      (.place, "names places"),
    ] {
      let failure = CommandFailure(RoutingError.unknownName("Narnia", kind: kind, suggestions: []))
      #expect(failure.message.contains("'silkroute \(command)' lists them all"), "\(failure.message)")
    }
    #expect(CommandFailure.wording.listing(.city) == "'silkroute cities' lists them all")
    #expect(CommandFailure.wording.parameter(.budget) == "--budget")
  }

  @Test func dataErrorsAreInvalidDataAndTheRestFailures() {
    let location = SourceLocation(file: "services.csv", line: 12, column: 34)
    let fileError = DataFileError(location: location, field: "transit", value: "3 days", message: "bad")
    #expect(CommandFailure(fileError).status == .data)
    #expect(CommandFailure(fileError).message == "services.csv:12:34: transit: bad, found '3 days'")
    #expect(CommandFailure(DataValidationError(problems: [fileError])).status == .data)
    #expect(CommandFailure(StoreError("cannot write out.sqlite")).status == .failure)
    #expect(CommandFailure(StoreError("cannot write out.sqlite")).message == "cannot write out.sqlite")
    #expect(CommandFailure(ValidationError("--width must be positive")).status == .usage)
  }

  /// One printable line: the first line of a longer message, control characters escaped.
  @Test func theMessageIsOnePrintableLine() {
    let failure = CommandFailure(StoreError("first line\u{1B}[31m\nsecond line"))
    #expect(failure.message == "first line\\u{1b}[31m")
    #expect(!failure.message.contains("\n"))
  }
}
