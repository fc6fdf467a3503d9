import SilkRoute

/// Checks that an itinerary's steps add up to its totals, figure by figure: what every front-end
/// prints must account for the whole price, time and CO2.
enum StepTotals {
  /// Every way `itinerary`'s steps fail to add up to its totals, empty when they do: cost = Σ step
  /// costs; time = Σ step times + Σ leg waits (and, timed, arrival − departure); CO2 = Σ leg and
  /// transfer (hub) CO2;
  /// distance, legs, transfers and crossings counted from the steps; a through B/L's fee is one
  /// `fee` step, the first, and only a through B/L has one.
  static func mismatches(_ itinerary: Itinerary) -> [String] {
    var found: [String] = []
    let totals = itinerary.totals
    let steps = itinerary.steps
    let cost = steps.reduce(Cents.zero) { $0 + $1.costCents }
    if cost != totals.costCents { found.append("steps cost \(cost), total \(totals.costCents)") }
    let waits = itinerary.legs.reduce(Minutes.zero) { $0 + $1.waitMinutes }
    let time = steps.reduce(Minutes.zero) { $0 + $1.timeMinutes } + waits
    if time != totals.timeMinutes { found.append("steps take \(time), total \(totals.timeMinutes)") }
    let co2 =
      itinerary.legs.reduce(Grams.zero) { $0 + $1.co2Grams }
      + itinerary.transfers.reduce(Grams.zero) { $0 + $1.co2Grams }
    if co2 != totals.co2Grams { found.append("legs and hubs emit \(co2), total \(totals.co2Grams)") }
    let distance = itinerary.legs.reduce(Kilometres.zero) { $0 + $1.distanceKm }
    if distance != totals.distanceKm { found.append("legs run \(distance), total \(totals.distanceKm)") }
    if itinerary.legs.count != totals.legs {
      found.append("\(itinerary.legs.count) legs, total \(totals.legs)")
    }
    if itinerary.transfers.count != totals.transfers {
      found.append("\(itinerary.transfers.count) transfers, total \(totals.transfers)")
    }
    if itinerary.borders.count != totals.borderCrossings {
      found.append("\(itinerary.borders.count) crossings, total \(totals.borderCrossings)")
    }
    if let departure = itinerary.departure, let arrival = itinerary.arrival,
      arrival.minutesSinceEpoch - departure.minutesSinceEpoch != totals.timeMinutes.rawValue
    {
      found.append("departs \(departure.iso8601), arrives \(arrival.iso8601), total \(totals.timeMinutes)")
    }
    let fees = steps.indices.filter { if case .fee = steps[$0] { true } else { false } }
    let through = itinerary.documentPlan?.kind == .throughBillOfLading
    if fees != (through ? [0] : []) {
      found.append("fee steps at \(fees) on a \(itinerary.documentPlan?.kind.rawValue ?? "plan-less") route")
    }
    return found
  }
}
