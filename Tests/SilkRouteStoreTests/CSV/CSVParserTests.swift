import Testing

@testable import SilkRouteStore

/// The CSV reader's state, driven a character at a time: positions, line ends, quotes.
@Suite struct CSVParserTests {
  func rows(_ text: String) throws -> [[String]] {
    var parser = CSVParser(file: "t.csv")
    for character in text { try parser.read(character) }
    return try parser.finish().map { $0.fields.map(\.text) }
  }

  @Test func everyLineEndEndsARecordAndTheLastNeedsNone() throws {
    #expect(try rows("a,b\r\nc,d\re,f\ng,h") == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
    #expect(try rows("a,\n") == [["a", ""]])
    #expect(try rows("") == [])
  }

  @Test func fieldsKnowTheirLineAndColumn() throws {
    var parser = CSVParser(file: "t.csv")
    for character in "id,name\nx,Dürrenstein,é" { try parser.read(character) }
    let records = try parser.finish()
    #expect(records.map(\.line) == [1, 2])
    #expect(records[1].fields.map(\.column) == [1, 3, 15])
    #expect(records[1].fields.allSatisfy { $0.line == 2 })
  }

  @Test func quotedFieldsAreReadByTheDocument() throws {
    var parser = CSVParser(file: "t.csv")
    try parser.read("\"")
    #expect(parser.inQuotes)
    parser.appendQuoted("a")
    parser.appendEscapedQuote()
    parser.appendQuoted("\n")
    parser.closeQuote()
    #expect(!parser.inQuotes)
    let error = #expect(throws: DataFileError.self) { try parser.read("x") }
    #expect(error?.location == SourceLocation(file: "t.csv", line: 2, column: 2))
    #expect(try parser.finish().map { $0.fields.map(\.text) } == [["a\"\n"]])
  }

  @Test func anOpenQuoteAtTheEndIsLocatedAtItsField() throws {
    var parser = CSVParser(file: "t.csv")
    for character in "a,\"bc" {
      if parser.inQuotes { parser.appendQuoted(character) } else { try parser.read(character) }
    }
    let error = #expect(throws: DataFileError.self) { try parser.finish() }
    #expect(error?.location == SourceLocation(file: "t.csv", line: 1, column: 3))
    #expect(error?.message == "quoted field is never closed")
  }
}
