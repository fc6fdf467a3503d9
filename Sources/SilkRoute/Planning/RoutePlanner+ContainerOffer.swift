extension RoutePlanner {
  /// The cheapest way to ship `query`'s loose cargo in containers: every mix of
  /// ``Cargo/containerOfferMixes`` (exactly as cheap as the cheapest of every mix) routed as `query` asks (its objective, constraints, departure,
  /// disruptions; with `arriveBy`, the latest departure that arrives in time), and the mix whose
  /// route costs least kept (ties: the better route under the objective, then fewer FEU).
  ///
  /// Under `cheapest`, a mix that one already routed costs no less on every arc is not routed:
  /// times and CO2e are the same for every mix (they carry the same weight), so its best route
  /// cannot cost less (``ContainerMixPrices``).
  ///
  /// Nil when the cargo is not loose, the query turns the offer off (`containerOffer == false`),
  /// or no mix has a route.
  ///
  /// - Parameter loose: the loose cargo's own route, to compare prices with.
  /// - Throws: `RoutingError` other than `.noRoute` (a budget that ran out, a bad name).
  public func containerOffer(
    _ query: RouteQuery, comparedWith loose: Itinerary? = nil, arriveBy: Instant? = nil
  ) throws(RoutingError) -> ContainerOffer? {
    guard query.containerOffer != false else { return nil }
    let mixes = query.cargo.containerOfferMixes
    var prices = ContainerMixPrices(network: network, allowedModes: query.allowedModes)
    var best: (cargo: Cargo, route: Itinerary)?
    for mix in mixes {
      if query.objective == .cheapest, !prices.admit(mix) { continue }
      var containerised = query
      containerised.cargo = mix
      let route: Itinerary
      do {
        if let arriveBy {
          route = try latestDeparture(containerised, arriveBy: arriveBy)
        } else {
          route = try self.route(containerised)
        }
      } catch .noRoute {
        continue
      }
      if let current = best {
        let (new, old) = (route.totals.costCents, current.route.totals.costCents)
        let better = query.objective.key(route.routeTotals) < query.objective.key(current.route.routeTotals)
        guard new < old || (new == old && better) else { continue }
      }
      best = (mix, route)
    }
    return best.map {
      ContainerOffer(containers: $0.cargo, itinerary: $0.route, mixesCompared: mixes.count, loose: loose)
    }
  }
}
