import Foundation
import SilkRoute
import SilkRouteGraphviz
import Testing

/// A departure sweep drawn as a bar chart.
struct DepartureChartTests {
  /// Fourteen daily departures of Jiaozhou→Moscow on the reference network, and one without a
  /// route.
  static func days() throws -> [DepartureChart.Day] {
    let planner = ReferenceNetwork.planner
    let start = try #require(Instant(iso8601: "2026-12-01T00:00Z"))
    let query = RouteQuery(from: "Jiaozhou", to: "Moscow", objective: .fastest)
    let rows = try planner.departureSweep(query, departures: (Int64(0)..<14).map { start + .days($0) })
    var days = rows.map { row -> DepartureChart.Day in
      let route = try? row.outcome.get()
      return DepartureChart.Day(
        label: String(row.departure.iso8601.prefix(10)), costCents: route?.totals.costCents,
        timeMinutes: route?.totals.timeMinutes, marks: row.departure == start ? ["cheapest <&> best"] : [])
    }
    days.append(DepartureChart.Day(label: "2026-12-15", note: "no route: Suez & <closed>"))
    return days
  }

  /// Every departure's label, cost and days are drawn, data text escaped, as well-formed SVG.
  @Test func svgShowsEveryDeparture() throws {
    let days = try Self.days()
    let svg = try SVGDocument(DepartureChart.render(title: "Jiaozhou → Moscow", days: days, format: .svg))
    #expect(svg.hasText("Jiaozhou → Moscow"))
    for day in days {
      #expect(svg.hasText(day.label), "\(day.label)")
      if let cost = day.costCents, let time = day.timeMinutes {
        #expect(svg.hasText(cost.dollarsText))
        #expect(svg.hasText(String(format: "%.1f", time.days)))
      }
    }
    #expect(svg.hasText("cheapest <&> best"))
    #expect(svg.hasText("no route: Suez & <closed>"))
  }

  /// Bars are as long as their value against the longest (180 points), at least one point.
  @Test func barsScaleWithTheirValues() throws {
    let days = [
      DepartureChart.Day(label: "a", costCents: Cents(100_000), timeMinutes: .days(10)),
      DepartureChart.Day(label: "b", costCents: Cents(50_000), timeMinutes: Minutes(1)),
    ]
    let graph = DepartureChart.graph(title: "t", days: days)
    guard case .html(let label) = try #require(graph.nodes.first?.attributes["label"]) else {
      Issue.record("the chart is not an HTML-like label")
      return
    }
    for width in ["180", "90", "1"] {
      #expect(label.contains("<TD WIDTH=\"\(width)\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\" BGCOLOR="), "\(width)")
    }
  }

  /// The chart renders in every format: SVG, PNG, PDF and DOT with positions.
  @Test(arguments: RenderFormat.allCases)
  func rendersIn(format: RenderFormat) throws {
    let data = try DepartureChart.render(title: "Jiaozhou → Moscow", days: try Self.days(), format: format)
    let magic: [UInt8] =
      switch format {
      case .svg: Array("<?xml".utf8)
      case .png: [0x89, 0x50, 0x4E, 0x47]
      case .pdf: Array("%PDF".utf8)
      case .dot: Array("digraph".utf8)
      }
    #expect(Array(data.prefix(magic.count)) == magic, "\(format)")
    if format == .dot {
      let text = String(decoding: data, as: UTF8.self)
      #expect(text.contains("pos=") && text.contains("2026-12-01"))
    }
  }

  /// `write` picks the format from the extension.
  @Test func writesByExtension() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["sweep.svg", "sweep.png", "sweep.pdf", "sweep.dot"] {
      let path = folder.appendingPathComponent(name).path
      try DepartureChart.write(title: "t", days: try Self.days(), to: path)
      #expect(((try? Data(contentsOf: URL(fileURLWithPath: path)))?.count ?? 0) > 100, "\(name)")
    }
  }
}
