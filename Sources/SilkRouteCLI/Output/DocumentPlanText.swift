import SilkRoute

/// The document plan as a few lines under the itinerary table.
enum DocumentPlanText {
  static func render(_ plan: DocumentPlan) -> String {
    var text = ""
    switch plan.kind {
    case .throughBillOfLading:
      text += "Documents: one through multimodal B/L by \(plan.issuer ?? "?")"
      if let underlying = plan.documents.first?.underlying, !underlying.isEmpty {
        text += " (underlying: \(underlying.map(describe).joined(separator: "; ")))"
      }
      text += "\n"
    case .singleCarrierDocument:
      text += "Documents: one \(plan.documents.first.map(describe) ?? "document")\n"
    case .segmented:
      text += "Documents (\(plan.documents.count)): \(plan.documents.map(describe).joined(separator: "; "))\n"
      if let reason = plan.reason { text += "No single B/L: \(reason).\n" }
    }
    if let liability = plan.liability, let gap = liability.uninsuredGapCents,
      let value = liability.declaredValueCents
    {
      text += "Liability: declared USD \(value.dollarsText); largest uncovered amount USD \(gap.dollarsText) "
      text +=
        "(lowest limit: \(liability.legs.compactMap(\.limitCents).min().map { "USD " + $0.dollarsText } ?? "none"); SDR = USD \(liability.usdPerSDR)).\n"
    }
    return text
  }

  static func describe(_ document: TransportDocument) -> String {
    let legs =
      document.legs.count == 1
      ? "leg \(document.legs[0])" : "legs \(document.legs.first ?? 0)–\(document.legs.last ?? 0)"
    return "\(document.type) \(document.from.name)–\(document.to.name) (\(legs), \(document.issuer))"
  }
}
