import SilkRoute
import Synchronization

/// The last valid day (days since 1970-01-01) of everything a quote can use, read once from the
/// network's records and kept: each answer's ``QuoteValidity`` looks its routes' ends up instead
/// of parsing their dates again. `Int32.max`: not bounded.
final class QuoteBounds: Sendable {
  struct Table: Sendable {
    /// The dataset's tariff period end, if it has one.
    var tariffPeriod: Int32?
    /// By dense service id.
    var services: [Int32]
    /// By dense transfer id.
    var transfers: [Int32]
    /// By crossing name (the first record of a name, as itineraries name crossings).
    var crossings: [String: Int32]
  }

  private let network: TransportNetwork
  private let built = Mutex<Table?>(nil)

  init(network: TransportNetwork) {
    self.network = network
  }

  /// The table, built by the first caller.
  var table: Table {
    built.withLock { table in
      if let table { return table }
      let made = Self.table(of: network)
      table = made
      return made
    }
  }

  private static func table(of network: TransportNetwork) -> Table {
    let records = network.records
    func end(_ validity: Validity) -> Int32 { validity.days?.upperBound ?? .max }
    var crossings: [String: Int32] = [:]
    for record in records.borderCrossings where crossings[record.name] == nil {
      crossings[record.name] = end(record.validity)
    }
    return Table(
      tariffPeriod: records.edition.flatMap { Validity(validUntil: $0.periodEnd).days?.upperBound },
      services: records.services.map { end($0.validity) },
      transfers: records.transfers.map { end($0.validity) },
      crossings: crossings)
  }
}
