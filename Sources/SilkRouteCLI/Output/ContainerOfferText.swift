import SilkRoute

/// A loose cargo's container offer under its loose route: which answer is cheaper, then the
/// containers' route as a table of its own.
enum ContainerOfferText {
  /// `In containers: 2xTEU carrying 30000 kg, USD 4074.30 — USD 2975.70 less than loose
  /// (USD 7050.00); cheapest of 3 mixes.` and the offer's itinerary.
  static func render(_ offer: ContainerOffer) -> String {
    let loads = offer.containers.containerLoads.map(\.description).joined(separator: "+")
    let cost = offer.itinerary.totals.costCents
    var text =
      "In containers: \(loads) carrying \(offer.containers.payloadKilograms) kg, USD \(cost.dollarsText)"
    if let loose = offer.looseCostCents, let saving = offer.savingCents {
      let comparison =
        switch offer.cheaper {
        case .containers: " — USD \(saving.dollarsText) less than loose (USD \(loose.dollarsText))"
        case .loose: " — USD \((Cents.zero - saving).dollarsText) more than loose (USD \(loose.dollarsText))"
        case .same, nil: " — the same as loose"
        }
      text += comparison
    }
    text += "; cheapest of \(offer.mixesCompared) mix\(offer.mixesCompared == 1 ? "" : "es").\n\n"
    return text + ItineraryTable.render(offer.itinerary)
  }
}
