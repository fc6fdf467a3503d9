import SilkRoute

/// How long a quote holds: the earliest end of validity among what its routes use.
enum QuoteValidity {
  /// The earliest last valid day (days since 1970-01-01) over the tariff period and every leg's
  /// service, transfer and border crossing of `itineraries`, with what sets it; nil when nothing
  /// is bounded. Ties keep the first found (tariff period, then travel order). `bounds`: the
  /// network's ends, read once (``QuoteBounds``).
  static func earliestEnd(
    of itineraries: [Itinerary], in network: TransportNetwork, bounds: QuoteBounds.Table
  ) -> (day: Int32, reason: String)? {
    var best: (day: Int32, reason: String)?
    func consider(_ day: Int32?, _ reason: @autoclosure () -> String) {
      guard let day, day != .max else { return }
      if best == nil || day < best?.day ?? .max { best = (day, reason()) }
    }
    consider(bounds.tariffPeriod, "tariff period")
    for itinerary in itineraries {
      for step in itinerary.steps {
        switch step {
        case .leg(let leg):
          guard let id = network.serviceID(leg.service) else { continue }
          consider(bounds.services[id.index], "service \(leg.service)")
        case .transfer(let transfer):
          guard let id = network.transferID(transfer.transfer) else { continue }
          consider(bounds.transfers[id.index], "transfer \(transfer.transfer)")
        case .border(let border):
          consider(bounds.crossings[border.name], "crossing \(border.name)")
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
