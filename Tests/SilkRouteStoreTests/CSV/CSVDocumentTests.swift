import Testing

@testable import SilkRouteStore

@Suite struct CSVDocumentTests {
  @Test func parsesQuotedFieldsWithPositions() throws {
    let text = "id,name,note\na,\"Düsseldorf, DE\",\"say \"\"hi\"\"\"\nb,x,\"two\nlines\"\nc,y,z\n"
    let document = try CSVDocument(parsing: text, file: "t.csv")
    #expect(document.header.map(\.text) == ["id", "name", "note"])
    #expect(document.rows.count == 3)
    #expect(document.rows[0].fields.map(\.text) == ["a", "Düsseldorf, DE", "say \"hi\""])
    #expect(document.rows[0].fields[1].column == 3)
    #expect(document.rows[1].fields[2].text == "two\nlines")
    #expect(document.rows[2].line == 5)
    #expect(document.rows[2].fields[2].column == 5)
  }

  @Test func reportsUnterminatedQuote() {
    #expect {
      _ = try CSVDocument(parsing: "id,name\na,\"open\nb,c\n", file: "t.csv")
    } throws: { error in
      let error = error as? DataFileError
      return error?.location == SourceLocation(file: "t.csv", line: 2, column: 3)
    }
  }

  @Test func reportsStrayQuote() {
    #expect {
      _ = try CSVDocument(parsing: "id,name\na,b\"c\n", file: "t.csv")
    } throws: { error in
      (error as? DataFileError)?.location == SourceLocation(file: "t.csv", line: 2, column: 4)
    }
    #expect(throws: DataFileError.self) {
      _ = try CSVDocument(parsing: "id,name\na,\"b\"c\n", file: "t.csv")
    }
  }

  @Test func rendersCanonicalQuoting() throws {
    let rows = [["a", "x,y", "say \"hi\"", "two\nlines", ""]]
    let text = CSVDocument.render(header: ["h1", "h2", "h3", "h4", "h5"], rows: rows)
    #expect(text == "h1,h2,h3,h4,h5\na,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\n")
    let back = try CSVDocument(parsing: text, file: "t.csv")
    #expect(back.rows.map { $0.fields.map(\.text) } == rows)
  }
}
