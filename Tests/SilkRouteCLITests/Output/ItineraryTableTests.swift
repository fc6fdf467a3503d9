import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// The route as a terminal table: a row per step, a totals row, a summary line, and the cells
/// formatted alike everywhere.
@Suite struct ItineraryTableTests {
  func answer(_ request: RouteRequest) throws -> Itinerary {
    try #require(try BundledService.shared.get().answer(request).itinerary)
  }

  @Test func aRowPerStepBetweenRulesThenTheTotals() throws {
    let itinerary = try answer(RouteRequest(from: "Jiaozhou", to: "Almaty"))
    let text = ItineraryTable.render(itinerary)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("Jiaozhou (CN) → Almaty (KZ)  ·  ") && lines[0].hasSuffix("  ·  cheapest"))
    let header = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#  ") })
    let rules = lines.indices.filter { lines[$0].hasPrefix("─") }
    #expect(rules.count == 2 && rules[0] == header + 1)
    #expect(rules[1] - rules[0] - 1 == itinerary.steps.count)
    let totals = lines[rules[1] + 1]
    #expect(totals.contains("total") && totals.contains(itinerary.totals.costCents.dollarsText))
    #expect(totals.contains(ItineraryTable.counted(itinerary.totals.legs, "leg")))
    #expect(text.contains("\nTotal: USD \(itinerary.totals.costCents.dollarsText), "))
    #expect(!lines.contains { $0.hasSuffix(" ") }, "no trailing spaces")
    // Every row has the header's columns; untimed tables have no departures.
    #expect(!lines[header].contains("departs"))
  }

  @Test func timedTablesShowDeparturesAndArrivals() throws {
    let itinerary = try answer(RouteRequest(from: "Jiaozhou", to: "Moscow", depart: "2026-12-01T08:00Z"))
    let text = ItineraryTable.render(itinerary)
    #expect(text.contains("departs") && text.contains("arrives"))
    #expect(text.contains("ready 2026-12-01T08:00Z"))
    let leg = try #require(itinerary.legs.first)
    let row = ItineraryTable.row(.leg(leg), number: 1, timed: true)
    #expect(row.count == 11 && row[0] == "1" && row[1] == leg.mode.rawValue)
    #expect(row[9] == ItineraryTable.stamp(leg.departsAt) && row[10] == ItineraryTable.stamp(leg.arrivesAt))
    #expect(ItineraryTable.row(.leg(leg), number: 7, timed: false).count == 9)
  }

  @Test func cellsAreFormattedAlike() throws {
    #expect(ItineraryTable.duration(Minutes(0)) == "0m")
    #expect(ItineraryTable.duration(Minutes(60)) == "1h")
    #expect(ItineraryTable.duration(Minutes(1440 * 12 + 270)) == "12d 4h 30m")
    #expect(ItineraryTable.kilograms(Grams(12_345)) == "12.3")
    #expect(ItineraryTable.kilograms(Grams(12_350)) == "12.4")
    #expect(ItineraryTable.kilograms(Grams(0)) == "0.0")
    #expect(ItineraryTable.counted(1, "leg") == "1 leg" && ItineraryTable.counted(2, "leg") == "2 legs")
    #expect(ItineraryTable.clip("short") == "short")
    #expect(ItineraryTable.clip(String(repeating: "x", count: 40)) == String(repeating: "x", count: 35) + "…")
    #expect(ItineraryTable.stamp(nil) == "")
    #expect(ItineraryTable.stamp(try #require(Instant(iso8601: "2026-12-02T02:00Z"))) == "12-02 02:00")
  }

  @Test func layoutAlignsColumnsAndRulesTheHeaderAndTotals() {
    let text = ItineraryTable.layout(
      [["#", "name", "USD"], ["1", "a", "5.00"], ["10", "bbb", "12.50"], ["", "total", "17.50"]],
      rightAligned: [0, 2], totalsRow: true)
    #expect(
      text == """
         #  name     USD
        ──  ─────  ─────
         1  a       5.00
        10  bbb    12.50
        ──  ─────  ─────
            total  17.50

        """)
  }
}
