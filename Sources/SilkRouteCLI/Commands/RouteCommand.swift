import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI

struct RouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "route",
    abstract: "Plan the best route between two cities, its Pareto front or alternatives.",
    discussion: """
      Cities match by name, id, alias or UN/LOCODE, ignoring case and diacritics (malaszewicze,
      ulan bator, CNTAO). Cargo: 1xFEU, 2xTEU, 800kg or 1.5t. Times: ISO 8601 such as
      2026-12-01T08:00Z. Durations: 34d, 12h, 4h15m. Lists may repeat the option or separate values
      with commas. Every option is a field of the HTTP API's RouteRequest (README: "One request,
      every front-end").

      Exit status: 0 an answer; 2 no route; 3 a name the network does not know (city, country,
      carrier, crossing); 4 the search grew past its limit; 64 bad usage (a malformed value, an
      unsupported combination); 65 invalid data; 1 anything else (a file that cannot be read or
      written).
      """)

  @Argument(help: "Origin city.") var from: String
  @Argument(help: "Destination city.") var to: String
  @Option(help: "table, json, geojson or emissions (the ISO 14083 / GLEC emissions report).") var format:
    RouteFormat = .table
  @Option(
    help:
      "Also draw the route over the network into FILE (.svg, .png, .pdf or .dot); with --depart-window, a chart of cost and days per departure."
  )
  var diagram: String?

  @OptionGroup var options: RouteOptions
  @OptionGroup var database: DatabaseOptions

  /// Rendering options that draw one route only; the search's limits.
  func validate() throws {
    if (format == .geojson || diagram != nil) && (options.pareto != nil || options.alternatives != nil) {
      throw ValidationError(
        "--format geojson and --diagram draw one route: not with --pareto or --alternatives")
    }
    if format == .geojson && options.departWindow != nil {
      throw ValidationError("--format geojson draws one route: not with --depart-window")
    }
    if format == .emissions && (options.pareto != nil || options.alternatives != nil) {
      throw ValidationError("--format emissions reports one route: not with --pareto or --alternatives")
    }
    if format == .emissions && options.departWindow != nil {
      throw ValidationError("--format emissions reports one route: not with --depart-window")
    }
  }

  /// The flags as the one request model.
  func request() throws(RequestError) -> RouteRequest { try options.request(from: from, to: to) }

  func run() throws {
    let plan = try request().plan()
    for warning in plan.warnings {
      Warning.print("\(RequestField.flag(forPath: warning.field)): \(warning.message)")
    }
    let service = try database.loadService()
    print(
      try render(try answer(plan, service: service), plan: plan, network: service.network), terminator: "")
  }

  /// The service's answer within `--search-time-limit` and `--search-memory`.
  func answer(_ plan: PlanRequest, service: BookingService) throws -> RouteResponse {
    // A table words a sweep's missing routes with flags; JSON is the HTTP API's own answer.
    try service.answer(
      plan, budget: try options.searchBudget(),
      wording: format == .table ? CommandFailure.wording : RequestField.jsonWording)
  }

  /// The answer in the chosen format (and the diagram written, when asked for).
  func render(_ response: RouteResponse, plan: PlanRequest, network: TransportNetwork) throws -> String {
    if let diagram, let itinerary = response.itinerary {
      try RouteMapOutput.writeDiagram(of: itinerary, network: network, to: diagram)
    }
    if let diagram, let sweep = response.departureSweep {
      try SweepChartOutput.write(sweep, query: plan.query, to: diagram)
    }
    switch format {
    case .json:
      return String(decoding: try APIJSON.encode(response), as: UTF8.self) + "\n"
    case .emissions:
      guard let itinerary = response.itinerary, let report = response.emissions else { return "" }
      return EmissionsTable.render(report, itinerary: itinerary)
    case .geojson:
      guard let itinerary = response.itinerary else { return "" }
      return try RouteMapOutput.geoJSON(of: itinerary, network: network) + "\n"
    case .table:
      return tableText(response, plan: plan) + QuoteText.render(response.quote)
    }
  }

  private func tableText(_ response: RouteResponse, plan: PlanRequest) -> String {
    if let front = response.paretoFront, let criteria = response.paretoCriteria {
      return SummaryTable.pareto(
        front, criteria: criteria, query: plan.query, approximation: response.paretoApproximation,
        incomplete: response.paretoIncomplete)
    }
    if let routes = response.alternatives { return SummaryTable.alternatives(routes, query: plan.query) }
    if let sweep = response.departureSweep { return SweepTable.render(sweep, query: plan.query) }
    guard let itinerary = response.itinerary else { return "" }
    var text = ItineraryTable.render(itinerary)
    if let impact = response.disruption { text += SummaryTable.impact(impact) + "\n" }
    if let offer = response.containerOffer { text += "\n" + ContainerOfferText.render(offer) }
    if let draft = response.billOfLadingDraft { text += "\n" + DraftText.render(draft) }
    return text
  }
}
