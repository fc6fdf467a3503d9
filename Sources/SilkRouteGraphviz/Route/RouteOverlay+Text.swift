import Foundation
import SilkRoute
import SilkRouteGeoJSON

extension RouteOverlay {
  func handling(_ transfer: TransferStep) -> String {
    let what: String
    switch transfer.kind {
    case .gaugeChange:
      let from = transfer.from.gaugeMm.map(String.init) ?? "?"
      let to = transfer.to.gaugeMm.map(String.init) ?? "?"
      what = "gauge \(from)→\(to)"
    case .modeChange: what = "\(transfer.from.mode.rawValue)→\(transfer.to.mode.rawValue)"
    case .transshipment: what = "transshipment"
    }
    return "\(what) \(DiagramStyle.duration(transfer.timeMinutes))"
  }

  static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

  func number(_ value: Int) -> String {
    value >= 1 && value <= Self.circled.count ? String(Self.circled[value - 1]) : "(\(value))"
  }

  func legText(_ leg: Leg, number value: Int) -> String {
    "\(number(value)) \(leg.mode.rawValue) · \(DiagramStyle.duration(leg.timeMinutes)) · USD \(DiagramStyle.dollars(leg.costCents))"
  }

  func legLabel(_ leg: Leg, number value: Int) -> String {
    let text = legText(leg, number: value)
    return
      ##"<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="1" BGCOLOR="\##(DiagramStyle.labelBackground)"><TR><TD><FONT POINT-SIZE="10" COLOR="\##(DiagramStyle.colour(leg.mode))"><B>\##(HTMLText.escape(text))</B></FONT></TD></TR></TABLE>"##
  }

  func legTooltip(_ leg: Leg, number value: Int) -> String {
    "Leg \(value): \(leg.mode.rawValue) \(leg.from.city.name) → \(leg.to.city.name), \(leg.carrierName), "
      + "\(leg.distanceKm.rawValue) km, \(DiagramStyle.duration(leg.timeMinutes)), "
      + "USD \(DiagramStyle.dollars(leg.costCents)), \(DiagramStyle.co2(leg.co2Grams)) CO2e"
  }

  func summary() -> String {
    let totals = itinerary.totals
    return [
      "\(itinerary.cargo) \(itinerary.cargo.cargoClass.rawValue)", itinerary.objective.rawValue,
      "USD \(DiagramStyle.dollars(totals.costCents))",
      "\(DiagramStyle.duration(totals.timeMinutes)) (\(String(format: "%.1f", totals.timeMinutes.days)) days)",
      "\(DiagramStyle.co2(totals.co2Grams)) CO2e", "\(totals.distanceKm.rawValue) km",
      totals.modes.map(\.rawValue).joined(separator: "+"),
    ].joined(separator: " · ")
  }

  func stepTable(legNumbers: [Int: Int]) -> [[(text: String, colour: String?, alignRight: Bool)]] {
    var rows: [[(text: String, colour: String?, alignRight: Bool)]] = [
      [
        ("", nil, false), ("step", nil, false), ("from → to", nil, false), ("carrier / where", nil, false),
        ("time", nil, true), ("USD", nil, true), ("CO2e", nil, true),
      ]
    ]
    for (position, step) in itinerary.steps.enumerated() {
      switch step {
      case .leg(let leg):
        rows.append([
          (number(legNumbers[position] ?? 0), DiagramStyle.colour(leg.mode), false),
          (leg.mode.rawValue, DiagramStyle.colour(leg.mode), false),
          ("\(leg.from.city.name) → \(leg.to.city.name)", nil, false), (leg.carrierName, nil, false),
          (DiagramStyle.duration(leg.timeMinutes), nil, true),
          (DiagramStyle.dollars(leg.costCents), nil, true),
          (DiagramStyle.co2(leg.co2Grams), nil, true),
        ])
      case .transfer(let transfer):
        rows.append([
          ("", nil, false), (transfer.kind.rawValue, DiagramStyle.muted, false),
          (
            transfer.from.city.id == transfer.to.city.id
              ? transfer.to.city.name : "\(transfer.from.city.name) → \(transfer.to.city.name)", nil, false
          ),
          (handling(transfer), nil, false), (DiagramStyle.duration(transfer.timeMinutes), nil, true),
          (DiagramStyle.dollars(transfer.costCents), nil, true), ("", nil, true),
        ])
      case .document(let document):
        rows.append([
          ("", nil, false), ("documents", DiagramStyle.muted, false), (document.at.name, nil, false),
          ("\(document.reason) (\(document.regime.displayName))", nil, false),
          (DiagramStyle.duration(document.timeMinutes), nil, true),
          (DiagramStyle.dollars(document.costCents), nil, true),
          ("", nil, true),
        ])
      case .fee(let fee):
        rows.append([
          ("", nil, false), ("B/L fee", DiagramStyle.muted, false), (fee.at.name, nil, false),
          ("\(fee.operatorName) (\(fee.reason))", nil, false),
          (DiagramStyle.duration(fee.timeMinutes), nil, true),
          (DiagramStyle.dollars(fee.costCents), nil, true), ("", nil, true),
        ])
      case .border(let border):
        rows.append([
          ("◆", DiagramStyle.crossing, false), ("customs", DiagramStyle.muted, false),
          ("\(border.fromTerritory.uppercased()) → \(border.toTerritory.uppercased())", nil, false),
          ("\(border.name) (\(border.at.name))", nil, false),
          (DiagramStyle.duration(border.timeMinutes), nil, true),
          (DiagramStyle.dollars(border.costCents), nil, true), ("", nil, true),
        ])
      }
    }
    let totals = itinerary.totals
    rows.append([
      ("", nil, false), ("total", nil, false), ("", nil, false),
      ("\(totals.legs) legs, \(totals.transfers) transfers, \(totals.borderCrossings) crossings", nil, false),
      (DiagramStyle.duration(totals.timeMinutes), nil, true),
      (DiagramStyle.dollars(totals.costCents), nil, true),
      (DiagramStyle.co2(totals.co2Grams), nil, true),
    ])
    return rows
  }
}
