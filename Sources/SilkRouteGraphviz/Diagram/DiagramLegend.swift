import SilkRoute
import SilkRouteGeoJSON

/// The key under a diagram, an HTML-like table: title, what the colours and marks mean, and
/// (for a route) its steps. Every piece of data goes through `HTMLText.escape`.
struct DiagramLegend {
  private var rows: [String] = []

  /// A bold title line and a grey subtitle; no title line for a title of only spaces (Graphviz
  /// rejects an empty `<B></B>`).
  mutating func title(_ title: String, subtitle: String?) {
    let text = HTMLText.escape(title)
    if !text.allSatisfy(\.isWhitespace) {
      rows.append(
        ##"<TR><TD ALIGN="LEFT" COLSPAN="12"><FONT POINT-SIZE="18"><B>\##(text)</B></FONT></TD></TR>"##)
    }
    if let subtitle, !subtitle.isEmpty {
      rows.append(
        ##"<TR><TD ALIGN="LEFT" COLSPAN="12"><FONT POINT-SIZE="11" COLOR="#555555">\##(HTMLText.escape(subtitle))</FONT></TD></TR>"##
      )
    }
  }

  /// One row of keys: a coloured sample and its meaning, side by side, in one left-aligned
  /// cell (a nested table would be stretched to the legend's width).
  mutating func keys(_ keys: [(sample: String, colour: String, text: String)]) {
    guard !keys.isEmpty else { return }
    let spans = keys.map { key in
      ##"<FONT COLOR="\##(key.colour)" POINT-SIZE="13">\##(HTMLText.escape(key.sample))</FONT>"##
        + ##"<FONT POINT-SIZE="11">&#160;\##(HTMLText.escape(key.text))</FONT>"##
    }
    rows.append(
      ##"<TR><TD ALIGN="LEFT" COLSPAN="12">"## + spans.joined(separator: "&#160;&#160;&#160;&#160;&#160;")
        + "</TD></TR>")
  }

  /// The mode keys with the number of services of each.
  mutating func modes(_ counts: [Mode: Int], gaugeChanges: Bool, crossings: Bool, gaugeCities: Bool) {
    var keys: [(sample: String, colour: String, text: String)] = []
    let samples: [Mode: String] = [.sea: "━━━", .rail: "━━━", .road: "╍╍╍", .air: "┄┄┄"]
    for mode in Mode.allCases.sorted() {
      guard let count = counts[mode], count > 0 else { continue }
      keys.append((samples[mode] ?? "━━━", MapPalette.colour(of: mode), "\(mode.rawValue) (\(count))"))
    }
    if gaugeChanges { keys.append(("═══", MapPalette.colour(of: .rail), "gauge change at border stations")) }
    if gaugeCities { keys.append(("◎", DiagramStyle.ink, "gauge change in the city")) }
    if crossings { keys.append(("◆", DiagramStyle.crossing, "land customs border")) }
    self.keys(keys)
  }

  /// Swatches of the customs territories drawn, with their names.
  mutating func territories(_ territories: [CustomsTerritoryRecord], onMap: Bool = true) {
    guard !territories.isEmpty else { return }
    let cells = territories.map { territory in
      ##"<TD BGCOLOR="\##(MapPalette.colour(ofTerritory: territory.id))" BORDER="1" COLOR="#9a9a9a" CELLPADDING="2"><FONT POINT-SIZE="10">"##
        + HTMLText.escape(shortName(territory)) + "</FONT></TD>"
    }
    rows.append(
      ##"<TR><TD COLSPAN="12" ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="3" CELLPADDING="1"><TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11">\##(onMap ? "● city, sized by services," : "city") coloured by customs territory:</FONT></TD>"##
        + cells.joined() + "</TR></TABLE></TD></TR>")
  }

  /// `EAEU`, `EU`, or the territory's name up to its first parenthesis or comma.
  private func shortName(_ territory: CustomsTerritoryRecord) -> String {
    if territory.id.count <= 4 && ["eaeu", "eu"].contains(territory.id) { return territory.id.uppercased() }
    let name =
      territory.name.split(whereSeparator: { $0 == "(" || $0 == "," }).first.map(String.init)
      ?? territory.name
    return name.trimmingCharacters(in: .whitespaces)
  }

  /// A table of rows of cells (already escaped by the caller with `HTMLText.escape`), the first
  /// row as a header.
  mutating func table(_ table: [[(text: String, colour: String?, alignRight: Bool)]]) {
    guard !table.isEmpty else { return }
    var markup = ##"<TR><TD COLSPAN="12" ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="2">"##
    for (index, row) in table.enumerated() {
      markup += "<TR>"
      for cell in row {
        let align = cell.alignRight ? "RIGHT" : "LEFT"
        let escaped = HTMLText.escape(cell.text)
        let text = index == 0 ? HTMLText.wrap(escaped, "<B>", "</B>") : escaped
        let coloured =
          cell.colour.map { HTMLText.wrap(text, ##"<FONT COLOR="\##($0)">"##, "</FONT>") } ?? text
        markup +=
          ##"<TD ALIGN="\##(align)">"## + HTMLText.wrap(coloured, ##"<FONT POINT-SIZE="11">"##, "</FONT>")
          + "</TD>"
      }
      markup += "</TR>"
    }
    rows.append(markup + "</TABLE></TD></TR>")
  }

  /// A small grey note.
  mutating func note(_ text: String) {
    rows.append(
      ##"<TR><TD ALIGN="LEFT" COLSPAN="12"><FONT POINT-SIZE="9" COLOR="#777777">\##(HTMLText.escape(text))</FONT></TD></TR>"##
    )
  }

  var html: String {
    ##"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">"## + rows.joined() + "</TABLE>"
  }
}
