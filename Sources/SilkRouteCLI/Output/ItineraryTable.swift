import SilkRoute

/// The itinerary as a text table for a terminal.
enum ItineraryTable {
  static func render(_ itinerary: Itinerary) -> String {
    var text =
      "\(itinerary.origin.name) (\(itinerary.origin.country)) → "
      + "\(itinerary.destination.name) (\(itinerary.destination.country))  ·  "
      + "\(itinerary.cargo) \(itinerary.cargo.cargoClass.rawValue)  ·  \(itinerary.objective.rawValue)"
      + (itinerary.departure.map { "  ·  ready \($0.iso8601)" } ?? "") + "\n\n"
    let timed = itinerary.departure != nil
    var rows: [[String]] = [
      ["#", "step", "from", "to", "carrier / crossing", "km", "time", "USD", "kg CO2e"]
    ]
    if timed { rows[0] += ["departs", "arrives"] }
    for (number, step) in itinerary.steps.enumerated() {
      rows.append(row(step, number: number + 1, timed: timed))
    }
    let totals = itinerary.totals
    rows.append(
      [
        "", "total", "", "",
        [
          counted(totals.legs, "leg"), counted(totals.transfers, "transfer"),
          counted(totals.borderCrossings, "crossing"),
        ].joined(separator: ", "),
        "\(totals.distanceKm.rawValue)", duration(totals.timeMinutes), totals.costCents.dollarsText,
        kilograms(totals.co2Grams),
      ] + (timed ? [stamp(itinerary.departure), stamp(itinerary.arrival)] : []))
    text += layout(rows, rightAligned: [0, 5, 6, 7, 8], totalsRow: true)
    text +=
      "\nTotal: USD \(totals.costCents.dollarsText), \(duration(totals.timeMinutes)) "
      + "(\(String(format: "%.1f", totals.timeMinutes.days)) days), "
      + "\(kilograms(totals.co2Grams)) kg CO2e, \(totals.modes.map(\.rawValue).joined(separator: "+"))"
      + (itinerary.arrival.map { ", arrives \($0.iso8601)" } ?? "") + "\n"
    if let plan = itinerary.documentPlan { text += DocumentPlanText.render(plan) }
    let waits = itinerary.legs.reduce(Minutes.zero) { $0 + $1.waitMinutes }
    if waits > .zero { text += "Waiting for departures: \(duration(waits)) of the total.\n" }
    return text
  }

  /// One step's row: its number, kind, places, who runs it and its figures (and, with `timed`,
  /// a leg's departure and arrival).
  static func row(_ step: ItineraryStep, number: Int, timed: Bool) -> [String] {
    switch step {
    case .leg(let leg):
      return
        ([
          "\(number)", leg.mode.rawValue, place(leg.from), place(leg.to), clip(leg.carrierName),
          "\(leg.distanceKm.rawValue)", duration(leg.timeMinutes), leg.costCents.dollarsText,
          kilograms(leg.co2Grams),
        ] + (timed ? [stamp(leg.departsAt), stamp(leg.arrivesAt)] : []))
    case .transfer(let transfer):
      return
        ([
          "\(number)", transfer.kind.rawValue, place(transfer.from), place(transfer.to), "",
          "", duration(transfer.timeMinutes), transfer.costCents.dollarsText,
          transfer.co2Grams > .zero ? kilograms(transfer.co2Grams) : "",
        ] + (timed ? ["", ""] : []))
    case .document(let document):
      return
        ([
          "\(number)", "document", document.at.name, "", clip(document.reason), "",
          duration(document.timeMinutes), document.costCents.dollarsText, "",
        ] + (timed ? ["", ""] : []))
    case .fee(let fee):
      return
        ([
          "\(number)", "B/L fee", fee.at.name, "", clip(fee.operatorName), "",
          duration(fee.timeMinutes), fee.costCents.dollarsText, "",
        ] + (timed ? ["", ""] : []))
    case .border(let border):
      return
        ([
          "\(number)", "customs", border.fromTerritory.uppercased(),
          border.toTerritory.uppercased(), clip(border.name), "", duration(border.timeMinutes),
          border.costCents.dollarsText, "",
        ] + (timed ? ["", ""] : []))
    }
  }

  /// `Jiaozhou rail`, `Dostyk rail 1520`: the city and the terminal's mode (full names are in JSON).
  static func place(_ terminal: TerminalRef) -> String {
    var text = "\(terminal.city.name) \(terminal.mode.rawValue)"
    if let gauge = terminal.gaugeMm, gauge != 1435 { text += " \(gauge)" }
    return text
  }

  /// `12-02 02:00` (UTC).
  static func stamp(_ instant: Instant?) -> String {
    guard let instant else { return "" }
    let text = instant.iso8601
    return String(text.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ")
  }

  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// At most `width` characters, with an ellipsis when cut.
  static func clip(_ text: String, width: Int = 36) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }

  /// `12d 4h 30m`.
  static func duration(_ minutes: Minutes) -> String {
    let value = minutes.rawValue
    let days = value / 1440
    let hours = value % 1440 / 60
    let rest = value % 60
    var parts: [String] = []
    if days > 0 { parts.append("\(days)d") }
    if hours > 0 { parts.append("\(hours)h") }
    if rest > 0 || parts.isEmpty { parts.append("\(rest)m") }
    return parts.joined(separator: " ")
  }

  /// Grams as kilograms with one decimal.
  static func kilograms(_ grams: Grams) -> String {
    let tenths = (grams.rawValue + 50) / 100
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// Aligned columns; a rule under the header and, with `totalsRow`, above the last row.
  static func layout(_ rows: [[String]], rightAligned: Set<Int>, totalsRow: Bool = false) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    var text = ""
    for (rowIndex, row) in rows.enumerated() {
      let cells = row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        return rightAligned.contains(index) ? padding + cell : cell + padding
      }
      text += trimmingTrailingSpaces(cells.joined(separator: "  ")) + "\n"
      if rowIndex == 0 || (totalsRow && rowIndex == rows.count - 2) {
        text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
      }
    }
    return text
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var copy = line
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
