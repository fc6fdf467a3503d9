import ArgumentParser
import SilkRoute
import SilkRouteAPI

/// The options of one route question — every field of a `RouteRequest` but its cities, and the
/// search's limits — shared by `silkroute route` and `silkroute matrix`, so that both map the same
/// flags onto the one request model the same way (`RouteOptions+Request.swift`).
struct RouteOptions: ParsableArguments {
  @Option(parsing: .unconditional, help: "What is shipped: 1xFEU, 2xTEU, 800kg, 1.5t.") var cargo: String =
    "1xFEU"
  @Option(name: .customLong("cargo-class"), help: "general, reefer, dangerous or ecommerce.")
  var cargoClass: String?
  @Option(help: "cheapest, fastest or greenest (with --pareto: the order of the front).")
  var objective: String?

  @Option(help: "Print the Pareto front over these criteria (cost,time,co2,documents — two or more).")
  var pareto: String?
  @Option(
    name: .customLong("pareto-epsilon"), parsing: .unconditional,
    help:
      "With --pareto: an approximate front, every Pareto-optimal route within a factor 1+E of one listed (e.g. 0.05)."
  )
  var paretoEpsilon: String?
  @Flag(name: .customLong("single-bl"), help: "Only routes under one transport document (a through B/L).")
  var singleBL = false
  @Flag(
    name: .customLong("bl-draft"),
    help: "Also print a draft multimodal transport document (FIATA FBL fields).")
  var blDraft = false
  @Flag(
    name: .customLong("no-container-offer"),
    help: "For loose cargo (800kg, 30t): do not also price it in the cheapest containers that carry it.")
  var noContainerOffer = false
  @Option(
    parsing: .unconditional,
    help: "Also give the quote in this currency (EUR, CNY, RUB, KZT…) at the data's dated rate.")
  var currency: String?
  @Option(parsing: .unconditional, help: "Declared value of the goods, USD, for the liability exposure.")
  var value: String?
  @Option(parsing: .unconditional, help: "Print up to K meaningfully different routes.")
  var alternatives: Int?

  @Option(help: "When the cargo is ready (ISO 8601): waiting for departures counts.") var depart: String?
  @Option(
    name: .customLong("depart-window"),
    help:
      "Sweep departures FROM/TO (ISO 8601 dates or date-times, e.g. 2026-12-01/2026-12-14): the best route of each, and the best day."
  )
  var departWindow: String?
  @Option(help: "With --depart-window: the step between departures (1d, 12h, 90m; default 1d).")
  var every: String?
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

  @Option(
    name: .customLong("search-time-limit"), parsing: .unconditional,
    help: "Seconds the search may take (default: no limit); a Pareto front it stops lists the routes proved.")
  var searchTimeLimit: Double?
  @Option(
    name: .customLong("search-memory"), parsing: .unconditional,
    help:
      "Memory one search may use: 512MiB, 4GiB (default 1GiB); a Pareto front it stops lists the routes proved."
  )
  var searchMemory: String?

  func validate() throws { _ = try searchBudget() }

  /// The budget of `--search-time-limit` and `--search-memory` (nil: neither given).
  func searchBudget() throws -> SearchBudget? {
    guard searchTimeLimit != nil || searchMemory != nil else { return nil }
    var limits = SearchLimits()
    if let searchTimeLimit {
      guard searchTimeLimit > 0, searchTimeLimit <= 86_400 else {
        throw ValidationError("--search-time-limit must be above 0 and at most 86400 seconds")
      }
      limits.time = .milliseconds(Int64((searchTimeLimit * 1000).rounded(.up)))
    }
    if let searchMemory {
      guard let bytes = MemorySize.parse(searchMemory), bytes >= SearchLimits.bytesPerLabel else {
        throw ValidationError(
          "--search-memory: '\(ErrorWording.escaped(searchMemory))' must be a size like 512MiB or 4GiB (at least 1KiB)"
        )
      }
      limits = SearchLimits(time: limits.time, memory: bytes)
    }
    return SearchBudget(limits)
  }
}
