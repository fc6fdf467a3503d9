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
  @Option(parsing: .unconditional, help: "What is shipped: 1xFEU, 2xTEU, 800kg, 1.5t.") var cargo: String =
    "1xFEU"
  @Option(name: .customLong("cargo-class"), help: "general, reefer, dangerous or ecommerce.")
  var cargoClass: String?
  @Option(help: "cheapest, fastest or greenest (with --pareto: the order of the front).")
  var objective: String?
  @Option(help: "table, json or geojson.") var format: RouteFormat = .table
  @Option(help: "Also draw the route over the network into FILE (.svg, .png, .pdf or .dot).")
  var diagram: String?

  @Option(help: "Print the Pareto front over these criteria (cost,time,co2,documents — two or more).")
  var pareto: String?
  @Flag(name: .customLong("single-bl"), help: "Only routes under one transport document (a through B/L).")
  var singleBL = false
  @Flag(
    name: .customLong("bl-draft"),
    help: "Also print a draft multimodal transport document (FIATA FBL fields).")
  var blDraft = false
  @Option(parsing: .unconditional, help: "Declared value of the goods, USD, for the liability exposure.")
  var value: String?
  @Option(parsing: .unconditional, help: "Print up to K meaningfully different routes.")
  var alternatives: Int?

  @Option(help: "When the cargo is ready (ISO 8601): waiting for departures counts.") var depart: String?
  @Option(
    name: .customLong("arrive-by"),
    help: "Arrive by then (ISO 8601): the best route under the objective, departing as late as possible.")
  var arriveBy: String?
  @Option(
    name: .customLong("as-of"),
    help:
      "Route on the network of this date (ISO 8601; default: the departure's, else the data's as-of date).")
  var asOf: String?
  @Option(help: "Arrive by this date-time (ISO 8601, needs --depart) or within this duration (20d).")
  var deadline: String?
  @Option(parsing: .unconditional, help: "Most money to spend, USD (e.g. 5000 or 5000.00).")
  var budget: String?
  @Option(name: .customLong("max-legs"), parsing: .unconditional, help: "Most legs (services) on the route.")
  var maxLegs: Int?
  @Option(
    name: .customLong("max-transfers"), parsing: .unconditional,
    help: "Most transfers (mode or gauge changes).")
  var maxTransfers: Int?

  @Option(name: .customLong("avoid-country"), help: "Countries (ISO code or name) not to touch.")
  var avoidCountry: [String] = []
  @Option(name: .customLong("avoid-mode"), help: "Modes not to use: sea, rail, road, air.")
  var avoidMode: [String] = []
  @Option(name: .customLong("avoid-carrier"), help: "Carriers (id or name) not to use.")
  var avoidCarrier: [String] = []
  @Option(name: .customLong("avoid-crossing"), help: "Border crossings or straits/canals (suez) not to pass.")
  var avoidCrossing: [String] = []
  @Option(help: "Cities the route must pass, in order.") var via: [String] = []

  @Option(help: "Close a city, terminal, service, border crossing or strait (what-if).") var close: [String] =
    []
  @Option(help: "Delay one, e.g. Brest-Malaszewicze=10d (what-if).") var delay: [String] = []

  @OptionGroup var database: DatabaseOptions

  static func list(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// Rendering options that draw one route only.
  func validate() throws {
    if (format == .geojson || diagram != nil) && (pareto != nil || alternatives != nil) {
      throw ValidationError(
        "--format geojson and --diagram draw one route: not with --pareto or --alternatives")
    }
  }

  /// The flags as the one request model; the CLI's own spellings (cargo `2xTEU`, durations `20d`,
  /// `--deadline` as a date-time or a duration, `--delay X=10d`) are read here and nowhere else.
  func request() throws(RequestError) -> RouteRequest {
    let parsedCargo: Cargo
    do {
      parsedCargo = try Cargo(parsing: cargo)
    } catch {
      throw RequestError(field: "cargo.unit", message: error.description)
    }
    var request = RouteRequest(
      from: from, to: to,
      cargo: RouteRequest.CargoSpec(
        unit: parsedCargo.unit.rawValue, count: parsedCargo.quantity, cargoClass: cargoClass,
        declaredValueUSD: value),
      objective: objective, pareto: pareto.map { Self.list([$0]) }, alternatives: alternatives,
      depart: depart, arriveBy: arriveBy, asOf: asOf, billOfLadingDraft: blDraft ? true : nil)
    var constraints = RouteRequest.ConstraintSpec(
      avoidCountries: Self.nonEmpty(avoidCountry), avoidModes: Self.nonEmpty(avoidMode),
      avoidCarriers: Self.nonEmpty(avoidCarrier), avoidCrossings: Self.nonEmpty(avoidCrossing),
      via: Self.nonEmpty(via), maxLegs: maxLegs, maxTransfers: maxTransfers, budgetUSD: budget,
      singleBillOfLading: singleBL ? true : nil)
    if let deadline {
      if Instant(iso8601: deadline) != nil {
        constraints.deadline = deadline
      } else if let minutes = DurationText.parse(deadline) {
        constraints.maxDurationMinutes = minutes.rawValue
      } else {
        throw RequestError(
          field: "constraints.deadline",
          message:
            "'\(ErrorWording.escaped(deadline))' is neither an ISO 8601 date-time like 2026-12-20T00:00Z nor a duration like 20d"
        )
      }
    }
    if constraints != RouteRequest.ConstraintSpec() { request.constraints = constraints }
    var delays: [RouteRequest.DelaySpec] = []
    for item in Self.list(delay) {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, let minutes = DurationText.parse(parts[1]) else {
        throw RequestError(
          field: "disruptions.delays",
          message: "'\(ErrorWording.escaped(item))' must look like Brest-Malaszewicze=10d")
      }
      delays.append(RouteRequest.DelaySpec(target: parts[0], delayMinutes: minutes.rawValue))
    }
    if !close.isEmpty || !delays.isEmpty {
      request.disruptions = RouteRequest.DisruptionSpec(
        close: Self.nonEmpty(close), delays: delays.isEmpty ? nil : delays)
    }
    return request
  }

  static func nonEmpty(_ values: [String]) -> [String]? {
    let items = list(values)
    return items.isEmpty ? nil : items
  }

  func run() throws {
    let plan = try request().plan()
    let service = try database.loadService()
    print(try render(try service.answer(plan), plan: plan, network: service.planner.network), terminator: "")
  }

  /// The answer in the chosen format (and the diagram written, when asked for).
  func render(_ response: RouteResponse, plan: PlanRequest, network: TransportNetwork) throws -> String {
    if let diagram, let itinerary = response.itinerary {
      try RouteMapOutput.writeDiagram(of: itinerary, network: network, to: diagram)
    }
    switch format {
    case .json:
      return String(decoding: try APIJSON.encode(response), as: UTF8.self) + "\n"
    case .geojson:
      guard let itinerary = response.itinerary else { return "" }
      return try RouteMapOutput.geoJSON(of: itinerary, network: network) + "\n"
    case .table:
      if let front = response.paretoFront, let criteria = response.paretoCriteria {
        return SummaryTable.pareto(front, criteria: criteria, query: plan.query)
      }
      if let routes = response.alternatives { return SummaryTable.alternatives(routes, query: plan.query) }
      guard let itinerary = response.itinerary else { return "" }
      var text = ItineraryTable.render(itinerary)
      if let impact = response.disruption { text += SummaryTable.impact(impact) + "\n" }
      if let draft = response.billOfLadingDraft { text += "\n" + DraftText.render(draft) }
      return text
    }
  }
}

/// `20d`, `12h`, `4h15m`, `1d2h30m` (units in any combination, largest first).
enum DurationText {
  static func parse(_ text: String) -> Minutes? {
    var total: Int64 = 0
    var number = ""
    var last = 0
    guard !text.isEmpty else { return nil }
    for character in text.lowercased() {
      if character.isASCII && character.isNumber {
        number.append(character)
        continue
      }
      let (rank, scale): (Int, Int64) =
        switch character {
        case "d": (1, 1440)
        case "h": (2, 60)
        case "m": (3, 1)
        default: (0, 0)
        }
      guard rank > last, !number.isEmpty, number.count <= 7, let value = Int64(number) else { return nil }
      total += value * scale
      last = rank
      number = ""
    }
    return number.isEmpty ? Minutes(total) : nil
  }
}

enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, geojson
}
