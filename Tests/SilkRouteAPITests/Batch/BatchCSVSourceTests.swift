import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// CSV shipments: every request field reachable by its JSON path, malformed rows reported where
/// they are while the other rows are answered, a header that is not one refused by its column.
@Suite struct BatchCSVSourceTests {
  /// The entries of `text`, read (and decoded) in order.
  static func entries(_ text: String) throws -> [BatchEntry] {
    var source = BatchCSVSource(BatchBytes(Array(text.utf8)), name: "ships.csv")
    var entries: [BatchEntry] = []
    while let row = try source.nextRow(index: entries.count) { entries.append(row()) }
    return entries
  }

  @Test func cellsSetTheFieldsAtTheirPaths() throws {
    let text = """
      id,from,to,cargo.unit,cargo.count,objective,depart,constraints.avoidModes,constraints.maxTransfers,billOfLadingDraft,disruptions.delays
      PO-1,Jiaozhou,Almaty,FEU,2,fastest,2026-12-01T08:00Z,air; sea,2,true,Khorgos=600;Suez=1440
      PO-2,"Xi'an, Shaanxi",Duisburg,,,,,,,,

      """
    let entries = try Self.entries(text)
    #expect(entries.count == 2)
    let request = try entries[0].request.get()
    #expect(entries[0].id == "PO-1" && entries[0].line == 2)
    #expect(request.cargo == RouteRequest.CargoSpec(unit: "FEU", count: 2))
    #expect(request.objective == "fastest" && request.depart == "2026-12-01T08:00Z")
    #expect(request.constraints?.avoidModes == ["air", "sea"] && request.constraints?.maxTransfers == 2)
    #expect(request.billOfLadingDraft == true)
    #expect(
      request.disruptions?.delays == [
        RouteRequest.DelaySpec(target: "Khorgos", delayMinutes: 600),
        RouteRequest.DelaySpec(target: "Suez", delayMinutes: 1440),
      ])
    let second = try entries[1].request.get()
    #expect(second == RouteRequest(from: "Xi'an, Shaanxi", to: "Duisburg"))
  }

  /// A departure sweep's window (its step an integer) and a quote's currency are columns too.
  @Test func sweepAndCurrencyColumnsSetTheirFields() throws {
    let text = """
      from,to,departWindow.from,departWindow.to,departWindow.everyMinutes,currency
      Jiaozhou,Moscow,2026-12-01,2026-12-07,720,EUR

      """
    let request = try #require(try Self.entries(text).first).request.get()
    #expect(request.departWindow == .init(from: "2026-12-01", to: "2026-12-07", everyMinutes: 720))
    #expect(request.currency == "EUR")
  }

  /// Mixed equipment as on the command line, or as two zipped columns; a bad cell names its column.
  @Test func cargoItemsAreColumns() throws {
    let mixed = [RouteRequest.CargoItemSpec(unit: "FEU", count: 2), .init(unit: "TEU", count: 1)]
    let text = """
      from,to,cargo.items
      Jiaozhou,Moscow,2xFEU+1xTEU
      Jiaozhou,Moscow,3 pallets

      """
    let entries = try Self.entries(text)
    #expect(try entries[0].request.get().cargo == RouteRequest.CargoSpec(items: mixed))
    guard case .failure(let error) = entries[1].request else {
      Issue.record("3 pallets was read as containers")
      return
    }
    #expect(error.field == "cargo.items" && error.column == 17, "\(error)")
    let zipped = """
      from,to,cargo.items.unit,cargo.items.count
      Jiaozhou,Moscow,FEU;TEU,2;1
      Jiaozhou,Moscow,FEU;TEU,2

      """
    let pairs = try Self.entries(zipped)
    #expect(try pairs[0].request.get().cargo == RouteRequest.CargoSpec(items: mixed))
    guard case .failure(let unmatched) = pairs[1].request else {
      Issue.record("two units with one count were read")
      return
    }
    #expect(unmatched.field == "cargo.items.count" && unmatched.column == 25, "\(unmatched)")
  }

  /// Every field of `RequestField.all` is a column: a header of them all is accepted.
  @Test func everyRequestFieldIsAColumn() throws {
    let paths = RequestField.all.map(\.path)
    let header = (["id"] + paths).joined(separator: ",")
    let entries = try Self.entries(
      header + "\n" + Array(repeating: "", count: paths.count + 1).joined(separator: ","))
    #expect(entries.count == 1)
    // Empty cells leave the fields out; only from and to are required.
    guard case .failure(let error) = entries[0].request else {
      Issue.record("an empty from was accepted")
      return
    }
    #expect(error.field == "from")
  }

  @Test func theTwoDelayColumnsZipIntoDelays() throws {
    let entries = try Self.entries(
      "from,to,disruptions.delays.target,disruptions.delays.delayMinutes\nA,B,Khorgos;Suez,600;1440\nA,B,Suez,1;2\n"
    )
    #expect(
      try entries[0].request.get().disruptions?.delays == [
        RouteRequest.DelaySpec(target: "Khorgos", delayMinutes: 600),
        RouteRequest.DelaySpec(target: "Suez", delayMinutes: 1440),
      ])
    guard case .failure(let error) = entries[1].request else {
      Issue.record("mismatched delay lists were accepted")
      return
    }
    #expect(error.field == "disruptions.delays.delayMinutes" && error.column == 10)
  }

  @Test func malformedRowsAreLocatedAndTheOthersRead() throws {
    let text = """
      from,to,cargo.unit,cargo.count
      Jiaozhou,Almaty,FEU,1
      Jiaozhou,Al"maty,FEU,1
      Jiaozhou,Almaty,FEU
      Jiaozhou,Almaty,FEU,two
      "Jiaozhou"x,Almaty,FEU,1
      Jiaozhou,"Alm
      aty",FEU,1
      Almaty,Jiaozhou,TEU,3
      """
    let entries = try Self.entries(text)
    #expect(entries.map(\.index) == Array(0..<7))
    #expect(entries.map(\.line) == [2, 3, 4, 5, 6, 7, 9])
    func error(_ index: Int) -> BatchRowError? {
      if case .failure(let error) = entries[index].request { error } else { nil }
    }
    #expect(error(1)?.column == 12 && error(1)?.message.contains("quote inside an unquoted field") == true)
    #expect(error(2)?.message == "3 fields, the header has 4")
    #expect(
      error(3)?.field == "cargo.count" && error(3)?.column == 21 && error(3)?.message.contains("two") == true)
    #expect(error(4)?.column == 11 && error(4)?.message.contains("after a closing quote") == true)
    // A quoted line break is part of the field, not the end of the row.
    #expect(try entries[5].request.get().to == "Alm\naty")
    #expect(
      try entries[6].request.get()
        == RouteRequest(from: "Almaty", to: "Jiaozhou", cargo: .init(unit: "TEU", count: 3)))
    #expect(try entries[0].request.get().cargo?.count == 1)
  }

  @Test func anUnclosedQuoteIsTheLastRowsError() throws {
    let entries = try Self.entries("from,to\nA,B\n\"C,D\nE,F\n")
    #expect(entries.count == 2)
    guard case .failure(let error) = entries[1].request else {
      Issue.record("an unclosed quote was accepted")
      return
    }
    #expect(error.column == 1 && error.message == "quoted field is never closed" && entries[1].line == 3)
  }

  @Test func aValueOfTheWrongTypeNamesItsColumn() throws {
    let entries = try Self.entries(
      "from,to,alternatives,paretoEpsilon,constraints.singleBillOfLading\nA,B,x,,\nA,B,,e,\nA,B,,,yes\n")
    let fields = entries.map { entry -> String? in
      if case .failure(let error) = entry.request { error.field } else { nil }
    }
    #expect(fields == ["alternatives", "paretoEpsilon", "constraints.singleBillOfLading"])
    #expect(
      entries.compactMap { if case .failure(let error) = $0.request { error.column } else { nil } } == [
        5, 6, 7,
      ])
  }

  @Test(arguments: [
    ("from,to,cargo.weight\n", "ships.csv:1:9: unknown column 'cargo.weight'"),
    ("from,to,from\n", "ships.csv:1:9: column 'from' appears twice"),
    ("from,cargo.unit\n", "ships.csv:1:1: no 'to' column"),
    ("", "ships.csv:1:1: empty file"),
    ("from,\"to\n", "ships.csv:1:6: quoted field is never closed"),
  ])
  func aHeaderThatIsNotOneStopsTheBatch(text: String, message: String) throws {
    #expect {
      _ = try Self.entries(text)
    } throws: { error in
      "\(error)".hasPrefix(message)
    }
  }
}
