import SilkRoute

/// What the planner answers, versioned and stamped so that a booking can be reproduced: the data
/// version (content hash of the dataset) and the dates of the tariffs the quote used.
public struct RouteResponse: Codable, Hashable, Sendable {
  public var apiVersion: String
  /// Content hash of the dataset the answer comes from.
  public var dataVersion: String
  /// The dataset edition's as-of date: the date its network and tariffs describe.
  public var dataAsOf: String?
  /// The date whose network the answer uses (services, transfers and crossings valid then):
  /// the request's `asOf`, else the departure's date, else `dataAsOf`.
  public var networkDate: String?
  /// Earliest and latest `tariff_date` of the services used (ISO dates), when known.
  public var tariffDates: TariffDates?
  /// The quote id (same request, same data: same id) and the last day its prices hold.
  public var quote: Quote?
  /// The route: the best one, the latest departure that arrives in time, or (with disruptions)
  /// the route in the disrupted network.
  public var itinerary: Itinerary?
  /// The Pareto front (with `pareto`).
  public var paretoFront: [Itinerary]?
  public var paretoCriteria: [Criterion]?
  /// With `paretoEpsilon`: the front is ε-approximate, and what that guarantees.
  public var paretoApproximation: ParetoApproximation?
  /// Set when the search stopped at its budget: the front as far as it was proved.
  public var paretoIncomplete: ParetoIncompleteness?
  /// Alternatives (with `alternatives`).
  public var alternatives: [AlternativeRoute]?
  /// The route in a disrupted network beside the undisrupted baseline (with closures or delays).
  public var disruption: DisruptionImpact?
  /// `itinerary`'s emissions report (ISO 14083 / GLEC Framework v3): every leg and hub operation
  /// with its factors, WTW and TTW; its WTW total is the itinerary's CO2e.
  public var emissions: EmissionsReport?
  /// A loose cargo's route beside it in the cheapest containers that carry its weight, with which
  /// costs less (single-route answers for a kg cargo, unless the request's `containerOffer` is
  /// false). Its itinerary is the same request's route for that container mix.
  public var containerOffer: ContainerOffer?
  /// A draft multimodal transport document for `itinerary`, when asked for.
  public var billOfLadingDraft: BillOfLadingDraft?
  /// The best route per departure of the window, and the best departures (with `departWindow`).
  public var departureSweep: DepartureSweep?
  /// Parts of the request accepted but not applied (fields unknown to this API version).
  public var warnings: [RequestWarning]?

  public struct TariffDates: Codable, Hashable, Sendable {
    public var earliest: String
    public var latest: String
  }

  public init(
    dataVersion: String, network: TransportNetwork, itinerary: Itinerary? = nil,
    paretoFront: [Itinerary]? = nil,
    paretoCriteria: [Criterion]? = nil, paretoApproximation: ParetoApproximation? = nil,
    paretoIncomplete: ParetoIncompleteness? = nil,
    alternatives: [AlternativeRoute]? = nil,
    disruption: DisruptionImpact? = nil, billOfLadingDraft: BillOfLadingDraft? = nil,
    warnings: [RequestWarning] = [], departureSweep: DepartureSweep? = nil
  ) {
    apiVersion = APIVersion.current
    self.dataVersion = dataVersion
    dataAsOf = network.records.edition?.asOf
    self.itinerary = itinerary
    emissions = itinerary.map { EmissionsReport(itinerary: $0, network: network) }
    self.paretoFront = paretoFront
    self.paretoCriteria = paretoCriteria
    self.paretoApproximation = paretoApproximation
    self.paretoIncomplete = paretoIncomplete
    self.alternatives = alternatives
    self.disruption = disruption
    self.billOfLadingDraft = billOfLadingDraft
    self.departureSweep = departureSweep
    self.warnings = warnings.isEmpty ? nil : warnings
    let itineraries =
      [itinerary, disruption?.baseline].compactMap { $0 } + (paretoFront ?? [])
      + (alternatives ?? []).map(\.itinerary) + (departureSweep?.rows ?? []).compactMap(\.itinerary)
    let dates = itineraries.flatMap(\.legs).compactMap { leg in
      network.serviceID(leg.service).map { network.service($0).tariffDate }
    }.filter { !$0.isEmpty }.sorted()
    if let earliest = dates.first, let latest = dates.last {
      tariffDates = TariffDates(earliest: earliest, latest: latest)
    }
  }
}
