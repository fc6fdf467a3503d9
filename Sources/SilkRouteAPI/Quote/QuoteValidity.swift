import SilkRoute

/// How long a quote holds: the earliest end of validity among what its routes use.
enum QuoteValidity {
  /// The earliest last valid day (days since 1970-01-01) over the tariff period and every leg's
  /// service, transfer and border crossing of `itineraries`, with what sets it; nil when nothing
  /// is bounded. Ties keep the first found (tariff period, then travel order).
  static func earliestEnd(of itineraries: [Itinerary], in network: TransportNetwork) -> (
    day: Int32, reason: String
  )? {
    var best: (day: Int32, reason: String)?
    func consider(_ day: Int32?, _ reason: @autoclosure () -> String) {
      guard let day, day != .max else { return }
      if best == nil || day < best?.day ?? .max { best = (day, reason()) }
    }
    if let edition = network.records.edition {
      consider(Validity(validUntil: edition.periodEnd).days?.upperBound, "tariff period")
    }
    let crossingsByName = Dictionary(
      network.records.borderCrossings.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    for itinerary in itineraries {
      for step in itinerary.steps {
        switch step {
        case .leg(let leg):
          guard let id = network.serviceID(leg.service) else { continue }
          consider(network.service(id).validity.days?.upperBound, "service \(leg.service)")
        case .transfer(let transfer):
          guard let id = network.transferID(transfer.transfer) else { continue }
          consider(network.transfer(id).validity.days?.upperBound, "transfer \(transfer.transfer)")
        case .border(let border):
          guard let record = crossingsByName[border.name] else { continue }
          consider(record.validity.days?.upperBound, "crossing \(border.name)")
        case .document, .fee: continue
        }
      }
    }
    return best
  }

  /// `day` (days since 1970-01-01) as an ISO date.
  static func isoDate(_ day: Int32) -> String {
    String(Instant(minutesSinceEpoch: Int64(day) * 1440).iso8601.prefix(10))
  }
}
