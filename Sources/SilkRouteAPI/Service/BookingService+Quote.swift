import SilkRoute

extension BookingService {
  /// The quote key of `plan` on this service's data: origin and destination as city ids.
  public func quoteKey(for plan: PlanRequest) -> QuoteKey {
    func cityID(_ name: String) -> String? {
      (try? planner.resolver.city(named: name)).map { network.city($0).id }
    }
    return QuoteKey(
      plan: plan, dataVersion: dataVersion, from: cityID(plan.query.from), to: cityID(plan.query.to))
  }

  /// The quote of `response`, the answer to `plan`: valid while every route it offers is (a
  /// disruption's undisrupted baseline is a comparison, not an offer; a departure sweep offers
  /// each departure's route, in order after any front or alternatives; a container offer's route
  /// last); with `rate`, its amounts converted. `id`: the id of `plan`'s key, when the caller has
  /// it (a matrix's template).
  func quote(of response: RouteResponse, for plan: PlanRequest, rate: ExchangeRateRecord?, id: String?)
    throws(RoutingError)
    -> Quote
  {
    let itineraries =
      [response.itinerary].compactMap { $0 } + (response.paretoFront ?? [])
      + (response.alternatives ?? []).map(\.itinerary)
      + (response.departureSweep?.rows.compactMap(\.itinerary) ?? [])
      + [response.containerOffer?.itinerary].compactMap { $0 }
    var quote = Quote(
      id: id ?? quoteKey(for: plan).id, itineraries: itineraries, network: network, bounds: quoteBounds.table,
      today: today())
    if let rate {
      guard let converted = QuoteCurrency(rate: rate, routes: itineraries, itinerary: response.itinerary)
      else {
        throw .invalidQuery(.currency, "an amount of the quote is too large to convert to \(rate.currency)")
      }
      quote.currency = converted
    }
    return quote
  }

  /// The rate for `code` in the data, nil without a code.
  ///
  /// - Throws: `.invalidQuery(.currency, …)` naming the closest codes the data has.
  func exchangeRate(_ code: String?) throws(RoutingError) -> ExchangeRateRecord? {
    guard let code else { return nil }
    let rates = network.records.exchangeRates
    if let rate = rates.first(where: { $0.currency == code }) { return rate }
    let known = rates.map(\.currency).sorted()
    guard !known.isEmpty else {
      throw .invalidQuery(
        .currency, "unknown currency '\(code)': the data has no exchange rates (amounts are in USD)")
    }
    let closest = known.min { Self.distance($0, code) < Self.distance($1, code) } ?? known[0]
    throw .invalidQuery(
      .currency,
      "unknown currency '\(code)': did you mean \(closest)? The data has rates for \(known.joined(separator: ", ")) (amounts are in USD otherwise)"
    )
  }

  /// Edit distance (insertions, deletions, substitutions) between two short codes.
  static func distance(_ a: String, _ b: String) -> Int {
    let (a, b) = (Array(a), Array(b))
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
