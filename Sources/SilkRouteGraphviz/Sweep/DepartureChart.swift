import Foundation
import SilkRoute

/// A departure sweep drawn as a bar chart: one line per departure with a bar for its route's
/// cost and one for its door-to-door days, the best departures marked. One Graphviz node whose
/// HTML-like label is the chart (bars are fixed-size coloured cells), laid out by dot.
public enum DepartureChart {
  /// One departure of the chart.
  public struct Day: Hashable, Sendable {
    /// How the departure is named on its line (`2026-12-01`).
    public var label: String
    /// The route's cost and door-to-door time (nil: no route, `note` says why).
    public var costCents: Cents?
    public var timeMinutes: Minutes?
    /// The objectives this departure is best for (`cheapest`, `fastest`…).
    public var marks: [String]
    /// Shown on a departure without a route.
    public var note: String?

    public init(
      label: String, costCents: Cents? = nil, timeMinutes: Minutes? = nil, marks: [String] = [],
      note: String? = nil
    ) {
      self.label = label
      self.costCents = costCents
      self.timeMinutes = timeMinutes
      self.marks = marks
      self.note = note
    }
  }

  /// Longest bar, points.
  static let barWidth: Int64 = 180
  static let costColour = "#4a7fb5"
  static let timeColour = "#e08a3c"

  /// The chart as a graph, before layout.
  public static func graph(title: String, days: [Day]) -> DiagramGraph {
    let maxCost = days.compactMap(\.costCents?.rawValue).max() ?? 0
    let maxTime = days.compactMap(\.timeMinutes?.rawValue).max() ?? 0
    var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
    html += "<TR><TD COLSPAN=\"6\" ALIGN=\"LEFT\"><B>\(HTMLText.escape(title))</B></TD></TR>"
    html += "<TR>" + ["departure", "cost (USD)", "", "door to door (days)", "", "best"].map(header).joined()
    html += "</TR>"
    for day in days { html += row(day, maxCost: maxCost, maxTime: maxTime) }
    html += "</TABLE>"
    let node = DiagramGraph.Node(
      id: "chart", attributes: ["shape": .literal("plaintext"), "label": .html(html)])
    return DiagramGraph(
      name: "sweep", directed: true,
      attributes: [
        "fontname": .literal(DiagramStyle.font), "bgcolor": .literal("white"), "pad": .literal("0.2"),
      ],
      nodeDefaults: [
        "fontname": .literal(DiagramStyle.font), "fontsize": .literal("10"),
        "fontcolor": .literal(DiagramStyle.ink),
      ],
      nodes: [node])
  }

  /// The chart laid out and rendered in `format`.
  public static func render(title: String, days: [Day], format: RenderFormat) throws(DiagramError) -> Data {
    try DiagramRenderer.render(graph(title: title, days: days), layout: .dot, format: format, pixelWidth: nil)
  }

  /// Renders the chart into the file at `path`, in `format` or the one its extension names
  /// (`.svg`, `.png`, `.pdf`, `.dot`).
  public static func write(title: String, days: [Day], to path: String, format: RenderFormat? = nil)
    throws(DiagramError)
  {
    try DiagramRenderer.write(to: path, format: format) { format throws(DiagramError) in
      try render(title: title, days: days, format: format)
    }
  }

  private static func header(_ text: String) -> String {
    "<TD ALIGN=\"LEFT\">"
      + HTMLText.wrap(HTMLText.escape(text), "<FONT COLOR=\"\(DiagramStyle.muted)\">", "</FONT>") + "</TD>"
  }

  private static func row(_ day: Day, maxCost: Int64, maxTime: Int64) -> String {
    let label = "<TD ALIGN=\"LEFT\">\(HTMLText.escape(day.label))</TD>"
    guard let cost = day.costCents, let time = day.timeMinutes else {
      let note = HTMLText.escape(day.note ?? "no route")
      return
        "<TR>\(label)<TD COLSPAN=\"5\" ALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.muted)\">\(note)</FONT></TD></TR>"
    }
    let marks = HTMLText.wrap(HTMLText.escape(day.marks.joined(separator: ", ")), "<B>", "</B>")
    return "<TR>\(label)"
      + bar(cost.rawValue, of: maxCost, colour: costColour)
      + "<TD ALIGN=\"RIGHT\">\(HTMLText.escape(cost.dollarsText))</TD>"
      + bar(time.rawValue, of: maxTime, colour: timeColour)
      + "<TD ALIGN=\"RIGHT\">\(String(format: "%.1f", time.days))</TD>"
      + "<TD ALIGN=\"LEFT\">\(marks)</TD></TR>"
  }

  /// A cell holding a bar `value / maximum` of ``barWidth`` long (at least a point).
  private static func bar(_ value: Int64, of maximum: Int64, colour: String) -> String {
    let width = maximum > 0 ? max(1, value * barWidth / maximum) : 1
    var cells = "<TD WIDTH=\"\(width)\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"\(colour)\"></TD>"
    if width < barWidth {
      cells += "<TD WIDTH=\"\(barWidth - width)\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"></TD>"
    }
    return
      "<TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>\(cells)</TR></TABLE></TD>"
  }
}
