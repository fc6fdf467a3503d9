import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI

extension Objective: ExpressibleByArgument {}
extension CargoClass: ExpressibleByArgument {}

struct RouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "route",
    abstract: "Plan the best route between two cities, its Pareto front or alternatives.",
    discussion: """
      Cities match by name, id or alias, ignoring case and diacritics (malaszewicze, ulan bator).
      Cargo: 1xFEU, 2xTEU, 800kg or 1.5t. Times: ISO 8601 such as 2026-12-01T08:00Z.
      Durations: 34d, 12h, 4h15m. Lists may repeat the option or separate values with commas.
      """)

  @Argument(help: "Origin city.") var from: String
  @Argument(help: "Destination city.") var to: String
  @Option(help: "What is shipped: 1xFEU, 2xTEU, 800kg, 1.5t.") var cargo: String = "1xFEU"
  @Option(name: .customLong("cargo-class"), help: "general, reefer, dangerous or ecommerce.")
  var cargoClass: CargoClass = .general
  @Option(help: "cheapest, fastest or greenest.") var objective: Objective = .cheapest
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
  @Option(help: "Declared value of the goods, USD, for the liability exposure.") var value: String?
  @Option(help: "Print up to K meaningfully different routes.") var alternatives: Int?

  @Option(help: "When the cargo is ready (ISO 8601): waiting for departures counts.") var depart: String?
  @Option(name: .customLong("arrive-by"), help: "Find the latest departure that still arrives by then.")
  var arriveBy: String?
  @Option(help: "Arrive by this date-time (ISO 8601, needs --depart) or within this duration (20d).")
  var deadline: String?
  @Option(help: "Most money to spend, USD (e.g. 5000 or 5000.00).") var budget: String?
  @Option(name: .customLong("max-legs"), help: "Most legs (services) on the route.") var maxLegs: Int?
  @Option(name: .customLong("max-transfers"), help: "Most transfers (mode or gauge changes).")
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

  func validate() throws {
    _ = try query()
    if pareto != nil && alternatives != nil { throw ValidationError("use either --pareto or --alternatives") }
    if (format == .geojson || diagram != nil) && (pareto != nil || alternatives != nil) {
      throw ValidationError(
        "--format geojson and --diagram draw one route: not with --pareto or --alternatives")
    }
    if let alternatives, !(1...20).contains(alternatives) {
      throw ValidationError("--alternatives takes 1 to 20")
    }
    if arriveBy != nil && depart != nil { throw ValidationError("use either --depart or --arrive-by") }
    _ = try criteria()
  }

  func criteria() throws -> [Criterion]? {
    guard let pareto else { return nil }
    var criteria: [Criterion] = []
    for word in Self.list([pareto]) {
      guard let criterion = Criterion(rawValue: word.lowercased()) else {
        throw ValidationError("unknown Pareto criterion '\(word)': use cost, time, co2 and documents")
      }
      if !criteria.contains(criterion) { criteria.append(criterion) }
    }
    guard criteria.count >= 2 else {
      throw ValidationError("--pareto needs two or more of cost, time, co2, documents")
    }
    return criteria
  }

  static func instant(_ text: String, option: String) throws -> Instant {
    guard let instant = Instant(iso8601: text) else {
      throw ValidationError("\(option) '\(text)' is not an ISO 8601 date-time like 2026-12-01T08:00Z")
    }
    return instant
  }

  static func duration(_ text: String, option: String) throws -> Minutes {
    guard let minutes = DurationText.parse(text) else {
      throw ValidationError("\(option) '\(text)' is not a duration like 20d, 12h or 4h15m")
    }
    return minutes
  }

  func query() throws -> RouteQuery {
    var parsedCargo: Cargo
    do {
      parsedCargo = try Cargo(parsing: cargo, cargoClass: cargoClass)
    } catch {
      throw ValidationError(error.description)
    }
    if let value {
      guard let cents = DollarText.parse(value) else {
        throw ValidationError("--value '\(value)' is not an amount of US dollars like 250000 or 250000.00")
      }
      parsedCargo.declaredValue = cents
    }
    var constraints = RouteConstraints(
      avoidCountries: Self.list(avoidCountry), avoidCarriers: Self.list(avoidCarrier),
      avoidCrossings: Self.list(avoidCrossing), via: Self.list(via), maxLegs: maxLegs,
      maxTransfers: maxTransfers)
    for word in Self.list(avoidMode) {
      guard let mode = Mode(rawValue: word.lowercased()) else {
        throw ValidationError("unknown mode '\(word)': use sea, rail, road or air")
      }
      constraints.avoidModes.insert(mode)
    }
    if let maxLegs, maxLegs < 1 { throw ValidationError("--max-legs must be at least 1") }
    if let maxTransfers, maxTransfers < 0 { throw ValidationError("--max-transfers must not be negative") }
    if let budget {
      guard let cents = DollarText.parse(budget) else {
        throw ValidationError("--budget '\(budget)' is not an amount of US dollars like 5000 or 5000.00")
      }
      constraints.budget = cents
    }
    let departure = try depart.map { try Self.instant($0, option: "--depart") }
    if let deadline {
      if let instant = Instant(iso8601: deadline) {
        guard let departure else {
          throw ValidationError("--deadline as a date-time needs --depart (or use --arrive-by)")
        }
        guard instant > departure else { throw ValidationError("--deadline is before --depart") }
        constraints.maxDuration = instant - departure
      } else {
        constraints.maxDuration = try Self.duration(deadline, option: "--deadline")
      }
    }
    var disruptions = Disruptions(closures: Self.list(close))
    for item in Self.list(delay) {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty else {
        throw ValidationError("--delay '\(item)' must look like Brest-Malaszewicze=10d")
      }
      disruptions.delays.append(
        .init(target: parts[0], delay: try Self.duration(parts[1], option: "--delay")))
    }
    return RouteQuery(
      from: from, to: to, cargo: parsedCargo, objective: objective, constraints: constraints,
      departure: departure,
      disruptions: disruptions)
  }

  func run() throws {
    let query = try query()
    let service = try database.loadService()
    let planner = service.planner
    func response(
      itinerary: Itinerary? = nil, front: [Itinerary]? = nil, criteria: [Criterion]? = nil,
      alternatives: [AlternativeRoute]? = nil, disruption: DisruptionImpact? = nil,
      draft: BillOfLadingDraft? = nil
    ) -> RouteResponse {
      RouteResponse(
        dataVersion: service.dataVersion, network: planner.network, itinerary: itinerary, paretoFront: front,
        paretoCriteria: criteria, alternatives: alternatives, disruption: disruption, billOfLadingDraft: draft
      )
    }
    if let criteria = try criteria() {
      let front = try planner.paretoFront(query, criteria: criteria)
      switch format {
      case .table:
        print(SummaryTable.pareto(front, criteria: criteria, query: query), terminator: "")
      case .json, .geojson:
        print(try JSONOutput.encode(response(front: front, criteria: criteria)))
      }
    } else if let count = alternatives {
      let routes = try planner.alternatives(query, count: count)
      switch format {
      case .table: print(SummaryTable.alternatives(routes, query: query), terminator: "")
      case .json, .geojson: print(try JSONOutput.encode(response(alternatives: routes)))
      }
    } else if let arriveBy {
      let itinerary = try planner.latestDeparture(
        query, arriveBy: try Self.instant(arriveBy, option: "--arrive-by"))
      try output(itinerary, network: planner.network, response: { response(itinerary: $0, draft: $1) })
    } else if !query.disruptions.isEmpty {
      let impact = try planner.impact(of: query)
      switch format {
      case .table:
        print(ItineraryTable.render(impact.disrupted), terminator: "")
        print(SummaryTable.impact(impact))
      case .json: print(try JSONOutput.encode(response(disruption: impact)))
      case .geojson: print(try RouteMapOutput.geoJSON(of: impact.disrupted, network: planner.network))
      }
      if let diagram {
        try RouteMapOutput.writeDiagram(of: impact.disrupted, network: planner.network, to: diagram)
      }
    } else {
      try output(
        try planner.route(query), network: planner.network, response: { response(itinerary: $0, draft: $1) })
    }
  }

  func output(
    _ itinerary: Itinerary, network: TransportNetwork?,
    response: (Itinerary, BillOfLadingDraft?) -> RouteResponse
  ) throws {
    let draft = blDraft ? network.map { BillOfLadingDraft(itinerary: itinerary, network: $0) } : nil
    if let diagram, let network {
      try RouteMapOutput.writeDiagram(of: itinerary, network: network, to: diagram)
    }
    switch format {
    case .geojson:
      guard let network else { throw ValidationError("--format geojson needs the network") }
      print(try RouteMapOutput.geoJSON(of: itinerary, network: network))
    case .table:
      print(ItineraryTable.render(itinerary), terminator: "")
      if let draft { print("\n" + DraftText.render(draft), terminator: "") }
    case .json:
      print(try JSONOutput.encode(response(itinerary, draft)))
    }
  }
}

enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
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

/// `5000`, `5000.5`, `5000.00` US dollars → cents.
enum DollarText {
  static func parse(_ text: String) -> Cents? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let whole = Int64(parts[0])
    else { return nil }
    var cents = whole * 100
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let fraction = Int64(parts[1]) else { return nil }
      cents += parts[1].count == 1 ? fraction * 10 : fraction
    }
    return Cents(cents)
  }
}

enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, geojson
}
