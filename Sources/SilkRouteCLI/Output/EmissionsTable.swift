import SilkRoute

/// A route's emissions report as a text table (`silkroute route --format emissions`): one row per
/// leg and hub operation with its activity, WTW and TTW factors and emissions, then the totals.
enum EmissionsTable {
  static func render(_ report: EmissionsReport, itinerary: Itinerary) -> String {
    var text =
      "\(itinerary.origin.name) (\(itinerary.origin.country)) → "
      + "\(itinerary.destination.name) (\(itinerary.destination.country))  ·  \(itinerary.cargo)  ·  "
      + "payload \(tonnes(report.payloadKg)) t\n" + report.method + "\n\n"
    var rows: [[String]] = [
      ["element", "mode", "energy", "km", "tkm", "WTW g/tkm", "TTW g/tkm", "WTW kg", "TTW kg", "sources"]
    ]
    var legs = report.legs.makeIterator()
    var hubs = report.hubs.makeIterator()
    // Legs and hubs in travel order: the report keeps each list in order, the itinerary both.
    for step in itinerary.steps {
      switch step {
      case .leg:
        if let leg = legs.next() { rows.append(legRow(leg)) }
      case .transfer:
        if let hub = hubs.next() { rows.append(hubRow(hub)) }
      case .border, .document, .fee:
        break
      }
    }
    let totals = report.totals
    rows.append([
      "total", "", "", "\(totals.distanceKm.rawValue)", "\(totals.tonneKm)",
      milligrams(totals.wtwMilligramsPerTkm), milligrams(totals.ttwMilligramsPerTkm),
      ItineraryTable.kilograms(totals.wtwGrams), totals.ttwGrams.map(ItineraryTable.kilograms) ?? "?", "",
    ])
    text += ItineraryTable.layout(rows, rightAligned: [3, 4, 5, 6, 7, 8], totalsRow: true)
    text +=
      "\nWTW \(ItineraryTable.kilograms(totals.wtwGrams)) kg CO2e (transport "
      + "\(ItineraryTable.kilograms(totals.transportWtwGrams)), hubs \(ItineraryTable.kilograms(totals.hubWtwGrams)))"
      + (totals.ttwGrams.map { ", TTW \(ItineraryTable.kilograms($0)) kg CO2e" } ?? "")
      + (totals.wtwMilligramsPerTkm.map { ", \(milligrams($0)) g CO2e/tkm WTW" } ?? "") + "\n"
    return text
  }

  private static func legRow(_ leg: EmissionsLeg) -> [String] {
    [
      leg.service, leg.mode.rawValue, leg.energy ?? "", "\(leg.distanceKm.rawValue)", "\(leg.tonneKm)",
      leg.wtwGramsPerTkm.map { "\($0.rawValue)" } ?? "?", leg.ttwGramsPerTkm.map { "\($0.rawValue)" } ?? "?",
      ItineraryTable.kilograms(leg.wtwGrams), leg.ttwGrams.map(ItineraryTable.kilograms) ?? "?",
      leg.sources.joined(separator: ";"),
    ]
  }

  private static func hubRow(_ hub: EmissionsHub) -> [String] {
    [
      "hub \(hub.terminal)", hub.hubMode.rawValue, "", "", "",
      hub.wtwGramsPerTonne.map { "\($0.rawValue)/t" } ?? "-",
      hub.ttwGramsPerTonne.map { "\($0.rawValue)/t" } ?? "-",
      ItineraryTable.kilograms(hub.wtwGrams), ItineraryTable.kilograms(hub.ttwGrams),
      hub.sources.joined(separator: ";"),
    ]
  }

  /// `12.345` g from milligrams, or `?`.
  private static func milligrams(_ value: Int64?) -> String {
    guard let value else { return "?" }
    let thousandths = value % 1000
    return "\(value / 1000)." + String(repeating: "0", count: 3 - "\(thousandths)".count) + "\(thousandths)"
  }

  private static func tonnes(_ kilograms: Int64) -> String {
    let rest = "\(kilograms % 1000)"
    return kilograms % 1000 == 0
      ? "\(kilograms / 1000)" : "\(kilograms / 1000)." + String(repeating: "0", count: 3 - rest.count) + rest
  }
}
