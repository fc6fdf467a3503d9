import Testing

@testable import SilkRouteStore

/// What a column holds, and how a bad value's message says what was expected.
@Suite struct ColumnKindTests {
  @Test func columnKindsSayWhatTheyExpect() {
    #expect(ColumnKind.sources.isCitation && ColumnKind.optionalSources.isCitation)
    #expect(!ColumnKind.list.isCitation && !ColumnKind.text.isCitation)
    #expect(ColumnKind.choice(["a", "b"]).expectation == "one of a, b")
    #expect(
      ColumnKind.usd(optional: true).expectation == "empty or US dollars with two decimals like 4500.00")
    #expect(ColumnKind.integer(optional: false).expectation == "a whole number")
  }
}
