import Foundation
import SilkRoute

/// What makes an answer bookable: an id naming this exact question asked of this exact data,
/// and the last day its prices hold.
///
/// ```json
/// "quote": {"id": "Q-3f9c0a61d2b87e45", "validUntil": "2024-08-15", "validUntilBy": "tariff period"}
/// ```
public struct Quote: Codable, Hashable, Sendable {
  /// `Q-` and 16 lowercase hex digits: the FNV-1a 64-bit hash of the normalised request and the
  /// data version (``QuoteKey``). The same request on the same data always gets the same id; a
  /// change to any field or to the data gives another. An identifier, not a signature.
  public var id: String
  /// Last day (ISO date) on which every tariff and service the answer's routes use is valid:
  /// the earliest of the dataset's tariff period end (`Data/edition.csv`) and, for each leg,
  /// transfer and border crossing, its `valid_until` or the day before its `suspended_since`.
  /// Nil when nothing bounds it (a network without dates).
  public var validUntil: String?
  /// What sets ``validUntil``: `tariff period`, `service <id>`, `transfer <id>` or
  /// `crossing <name>`.
  public var validUntilBy: String?
  /// True when ``validUntil`` is already past on ``checkedOn``: the data's tariffs no longer hold
  /// and the answer is a record of their prices, not an offer to book (nil otherwise).
  public var expired: Bool?
  /// The day (ISO date) an expired quote was checked on: the answering service's today.
  public var checkedOn: String?
  /// The amounts in the request's `currency`, when it asks for one.
  public var currency: QuoteCurrency?

  public init(id: String, validUntil: String? = nil, validUntilBy: String? = nil) {
    self.id = id
    self.validUntil = validUntil
    self.validUntilBy = validUntilBy
  }

  /// The quote of `itineraries`, answers to the request whose normalised form is `key`.
  public init(key: QuoteKey, itineraries: [Itinerary], network: TransportNetwork) {
    self.init(
      id: key.id, itineraries: itineraries, network: network, bounds: QuoteBounds(network: network).table)
  }

  /// The same, with the key's id computed and the network's validity ends already read; with
  /// `today` (days since 1970-01-01), marked expired when its validity ended before.
  init(
    id: String, itineraries: [Itinerary], network: TransportNetwork, bounds: QuoteBounds.Table,
    today: Int32? = nil
  ) {
    self.id = id
    let bound = QuoteValidity.earliestEnd(of: itineraries, in: network, bounds: bounds)
    validUntil = bound.map { QuoteValidity.isoDate($0.day) }
    validUntilBy = bound?.reason
    if let today, let bound, bound.day < today {
      expired = true
      checkedOn = QuoteValidity.isoDate(today)
    }
  }
}
