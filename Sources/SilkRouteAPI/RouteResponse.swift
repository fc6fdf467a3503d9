import SilkRoute

/// What the planner answers, versioned and stamped so that a booking can be reproduced: the data
/// version (content hash of the dataset) and the dates of the tariffs the quote used.
public struct RouteResponse: Codable, Hashable, Sendable {
  public var apiVersion: String
  /// Content hash of the dataset the answer comes from.
  public var dataVersion: String
  /// Earliest and latest `tariff_date` of the services used (ISO dates), when known.
  public var tariffDates: TariffDates?
  /// The best route (plain queries).
  public var itinerary: Itinerary?
  /// The Pareto front (with `pareto`).
  public var paretoFront: [Itinerary]?
  public var paretoCriteria: [Criterion]?
  /// Alternatives (with `alternatives`).
  public var alternatives: [AlternativeRoute]?
  /// The route in a disrupted network beside the undisrupted baseline (with closures or delays).
  public var disruption: DisruptionImpact?
  /// A draft multimodal transport document for `itinerary`, when asked for.
  public var billOfLadingDraft: BillOfLadingDraft?

  public struct TariffDates: Codable, Hashable, Sendable {
    public var earliest: String
    public var latest: String
  }

  public init(
    dataVersion: String, network: TransportNetwork, itinerary: Itinerary? = nil,
    paretoFront: [Itinerary]? = nil,
    paretoCriteria: [Criterion]? = nil, alternatives: [AlternativeRoute]? = nil,
    disruption: DisruptionImpact? = nil, billOfLadingDraft: BillOfLadingDraft? = nil
  ) {
    apiVersion = APIVersion.current
    self.dataVersion = dataVersion
    self.itinerary = itinerary
    self.paretoFront = paretoFront
    self.paretoCriteria = paretoCriteria
    self.alternatives = alternatives
    self.disruption = disruption
    self.billOfLadingDraft = billOfLadingDraft
    let itineraries =
      [itinerary, disruption?.disrupted].compactMap { $0 } + (paretoFront ?? [])
      + (alternatives ?? []).map(\.itinerary)
    let dates = itineraries.flatMap(\.legs).compactMap { leg in
      network.serviceIndex[leg.service].map { network.data.services[$0.index].tariffDate }
    }.filter { !$0.isEmpty }.sorted()
    if let earliest = dates.first, let latest = dates.last {
      tariffDates = TariffDates(earliest: earliest, latest: latest)
    }
  }
}

/// One planner, shared: answers a `RouteRequest` with a stamped `RouteResponse`. `Sendable`: any
/// number of tasks may call it at once; each call keeps its own search state.
public struct BookingService: Sendable {
  public let planner: RoutePlanner
  public let dataVersion: String

  public init(network: TransportNetwork, dataVersion: String) {
    planner = RoutePlanner(network: network)
    self.dataVersion = dataVersion
  }

  /// - Throws: `RequestError` for a bad field, `RoutingError` when the planner has no answer.
  public func answer(_ request: RouteRequest) throws -> RouteResponse {
    let query = try request.query()
    if let criteria = try request.criteria() {
      let front = try planner.paretoFront(query, criteria: criteria)
      return RouteResponse(
        dataVersion: dataVersion, network: planner.network, paretoFront: front, paretoCriteria: criteria)
    }
    if let count = request.alternatives {
      let routes = try planner.alternatives(query, count: count)
      return RouteResponse(dataVersion: dataVersion, network: planner.network, alternatives: routes)
    }
    return RouteResponse(
      dataVersion: dataVersion, network: planner.network, itinerary: try planner.route(query))
  }
}
