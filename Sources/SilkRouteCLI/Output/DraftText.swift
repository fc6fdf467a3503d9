import SilkRoute

/// A draft multimodal transport document as labelled lines.
enum DraftText {
  static func render(_ draft: BillOfLadingDraft) -> String {
    var lines: [(String, String)] = [
      ("Document", draft.documentType),
      ("Multimodal transport operator", draft.multimodalTransportOperator ?? "— (none: see warning)"),
      ("Shipper", draft.shipper), ("Consignee", draft.consignee), ("Notify party", draft.notifyParty),
      ("Place of receipt", draft.placeOfReceipt), ("Place of delivery", draft.placeOfDelivery),
      ("Taking in charge", draft.dateOfTakingInCharge), ("Expected delivery", draft.expectedDateOfDelivery),
      (
        "Intended route",
        draft.intendedRoute.map { "\($0.mode.rawValue) \($0.from)–\($0.to) (\($0.carrier))" }.joined(
          separator: "; ")
      ),
      (
        "Places of transshipment",
        draft.placesOfTransshipment.isEmpty ? "none" : draft.placesOfTransshipment.joined(separator: ", ")
      ),
      ("Goods", draft.goods),
      ("Declared value", draft.declaredValueCents.map { "USD " + $0.dollarsText } ?? "not declared"),
      (
        "Freight",
        draft.freight.map { "\($0.mode) USD \($0.amountCents.dollarsText)" }.joined(separator: "; ")
      ),
      ("Freight total", "USD " + draft.freightTotalCents.dollarsText),
      ("Originals", "\(draft.numberOfOriginals)"), ("Liability", draft.liability),
    ]
    if let warning = draft.warning { lines.append(("Warning", warning)) }
    let width = lines.map(\.0.count).max() ?? 0
    return "Draft multimodal transport document\n"
      + lines.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(
        separator: "\n")
      + "\n"
  }
}
