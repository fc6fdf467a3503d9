import Foundation
import SilkRoute
import SilkRouteAPI

/// One route question written down once, then spelled three ways — as a library `RouteRequest`,
/// as the HTTP API's JSON body and as `silkroute route` arguments — each spelled here by hand, not
/// through the code under test, so that a front-end that maps a field wrongly answers differently.
struct RequestSample: CustomStringConvertible {
  var from: String
  var to: String
  /// `(unit, count)`: `("FEU", 2)`, `("kg", 800)`; nil: the default, one FEU.
  var cargo: (unit: String, count: Int64)?
  var cargoClass: String?
  var value: String?
  var objective: String?
  var pareto: [String]?
  /// The tolerance of an approximate front, as a decimal ("0.5").
  var paretoEpsilon: String?
  var alternatives: Int?
  var depart: String?
  var arriveBy: String?
  var asOf: String?
  var avoidCountries: [String] = []
  var avoidModes: [String] = []
  var avoidCarriers: [String] = []
  var avoidCrossings: [String] = []
  var via: [String] = []
  var maxLegs: Int?
  var maxTransfers: Int?
  var budget: String?
  var maxDurationMinutes: Int64?
  var deadline: String?
  var singleBL = false
  var close: [String] = []
  var delays: [(target: String, minutes: Int64)] = []
  var draft = false
  /// A departure sweep: first and last departure, minutes between (nil: daily).
  var departWindow: (from: String, to: String, everyMinutes: Int64?)?
  var currency: String?
  /// Mixed equipment `[(unit, count)]` (`cargo.items`, `--cargo 2xFEU+1xTEU`); empty: `cargo`.
  var items: [(unit: String, count: Int64)] = []
  /// Turns the container offer for loose cargo off (`containerOffer: false`, `--no-container-offer`).
  var noContainerOffer = false

  init(_ from: String, _ to: String) {
    self.from = from
    self.to = to
  }

  var description: String { arguments().joined(separator: " ") }

  // MARK: The three spellings

  func library() -> RouteRequest {
    var request = RouteRequest(
      from: from, to: to,
      cargo: cargo.map { RouteRequest.CargoSpec(unit: $0.unit, count: $0.count) }, objective: objective,
      pareto: pareto, paretoEpsilon: paretoEpsilon.flatMap { Double($0) },
      alternatives: alternatives, depart: depart, arriveBy: arriveBy, asOf: asOf,
      billOfLadingDraft: draft ? true : nil)
    request.currency = currency
    if noContainerOffer { request.containerOffer = false }
    if !items.isEmpty {
      request.cargo = RouteRequest.CargoSpec(items: items.map { .init(unit: $0.unit, count: $0.count) })
    }
    if cargoClass != nil || value != nil {
      var spec = request.cargo ?? RouteRequest.CargoSpec(unit: "FEU", count: 1)
      spec.cargoClass = cargoClass
      spec.declaredValueUSD = value
      request.cargo = spec
    }
    func list(_ values: [String]) -> [String]? { values.isEmpty ? nil : values }
    let constraints = RouteRequest.ConstraintSpec(
      avoidCountries: list(avoidCountries), avoidModes: list(avoidModes), avoidCarriers: list(avoidCarriers),
      avoidCrossings: list(avoidCrossings), via: list(via), maxLegs: maxLegs, maxTransfers: maxTransfers,
      budgetUSD: budget, maxDurationMinutes: maxDurationMinutes, deadline: deadline,
      singleBillOfLading: singleBL ? true : nil)
    if constraints != RouteRequest.ConstraintSpec() { request.constraints = constraints }
    if let departWindow {
      request.departWindow = RouteRequest.DepartWindowSpec(
        from: departWindow.from, to: departWindow.to, everyMinutes: departWindow.everyMinutes)
    }
    if !close.isEmpty || !delays.isEmpty {
      request.disruptions = RouteRequest.DisruptionSpec(
        close: list(close),
        delays: delays.isEmpty
          ? nil : delays.map { RouteRequest.DelaySpec(target: $0.target, delayMinutes: $0.minutes) })
    }
    return request
  }

  /// The HTTP body, built as a plain dictionary.
  func json() -> Data {
    var body: [String: Any] = ["from": from, "to": to]
    var cargoObject: [String: Any] = [:]
    if let cargo { cargoObject = ["unit": cargo.unit, "count": cargo.count] }
    if !items.isEmpty { cargoObject = ["items": items.map { ["unit": $0.unit, "count": $0.count] }] }
    if cargoClass != nil || value != nil {
      if cargoObject.isEmpty { cargoObject = ["unit": "FEU", "count": 1] }
      if let cargoClass { cargoObject["cargoClass"] = cargoClass }
      if let value { cargoObject["declaredValueUSD"] = value }
    }
    if !cargoObject.isEmpty { body["cargo"] = cargoObject }
    if let objective { body["objective"] = objective }
    if let pareto { body["pareto"] = pareto }
    if let paretoEpsilon, let number = Double(paretoEpsilon) { body["paretoEpsilon"] = number }
    if let alternatives { body["alternatives"] = alternatives }
    if let depart { body["depart"] = depart }
    if let arriveBy { body["arriveBy"] = arriveBy }
    if let asOf { body["asOf"] = asOf }
    if draft { body["billOfLadingDraft"] = true }
    if let departWindow {
      var window: [String: Any] = ["from": departWindow.from, "to": departWindow.to]
      if let every = departWindow.everyMinutes { window["everyMinutes"] = every }
      body["departWindow"] = window
    }
    if let currency { body["currency"] = currency }
    if noContainerOffer { body["containerOffer"] = false }
    var constraints: [String: Any] = [:]
    for (key, values) in [
      ("avoidCountries", avoidCountries), ("avoidModes", avoidModes), ("avoidCarriers", avoidCarriers),
      ("avoidCrossings", avoidCrossings), ("via", via),
    ] where !values.isEmpty {
      constraints[key] = values
    }
    if let maxLegs { constraints["maxLegs"] = maxLegs }
    if let maxTransfers { constraints["maxTransfers"] = maxTransfers }
    if let budget { constraints["budgetUSD"] = budget }
    if let maxDurationMinutes { constraints["maxDurationMinutes"] = maxDurationMinutes }
    if let deadline { constraints["deadline"] = deadline }
    if singleBL { constraints["singleBillOfLading"] = true }
    if !constraints.isEmpty { body["constraints"] = constraints }
    var disruptions: [String: Any] = [:]
    if !close.isEmpty { disruptions["close"] = close }
    if !delays.isEmpty {
      disruptions["delays"] = delays.map { ["target": $0.target, "delayMinutes": $0.minutes] }
    }
    if !disruptions.isEmpty { body["disruptions"] = disruptions }
    return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
  }

  /// `silkroute route` arguments (without `route` itself), `--format json`.
  func arguments(format: String = "json") -> [String] {
    var arguments = [from, to, "--format", format]
    func add(_ flag: String, _ value: String?) {
      if let value { arguments += [flag, value] }
    }
    if let cargo {
      add("--cargo", cargo.unit == "kg" ? "\(cargo.count)kg" : "\(cargo.count)x\(cargo.unit)")
    }
    if !items.isEmpty { add("--cargo", items.map { "\($0.count)x\($0.unit)" }.joined(separator: "+")) }
    add("--cargo-class", cargoClass)
    add("--value", value)
    add("--objective", objective)
    add("--pareto", pareto?.joined(separator: ","))
    add("--pareto-epsilon", paretoEpsilon)
    add("--alternatives", alternatives.map(String.init))
    add("--depart", depart)
    add("--arrive-by", arriveBy)
    add("--as-of", asOf)
    // Lists both ways the CLI accepts them: comma-separated, and the option repeated.
    add("--avoid-country", avoidCountries.isEmpty ? nil : avoidCountries.joined(separator: ","))
    for mode in avoidModes { add("--avoid-mode", mode) }
    add("--avoid-carrier", avoidCarriers.isEmpty ? nil : avoidCarriers.joined(separator: ","))
    for crossing in avoidCrossings { add("--avoid-crossing", crossing) }
    add("--via", via.isEmpty ? nil : via.joined(separator: ","))
    add("--max-legs", maxLegs.map(String.init))
    add("--max-transfers", maxTransfers.map(String.init))
    add("--budget", budget)
    add("--deadline", maxDurationMinutes.map(Self.duration) ?? deadline)
    if singleBL { arguments.append("--single-bl") }
    for place in close { add("--close", place) }
    for delay in delays { add("--delay", "\(delay.target)=\(Self.duration(delay.minutes))") }
    if draft { arguments.append("--bl-draft") }
    if let departWindow {
      add("--depart-window", "\(departWindow.from)/\(departWindow.to)")
      add("--every", departWindow.everyMinutes.map(Self.duration))
    }
    add("--currency", currency)
    if noContainerOffer { arguments.append("--no-container-offer") }
    return arguments
  }

  /// `12d`, `3d4h`, `90m`: minutes as the CLI writes durations.
  static func duration(_ minutes: Int64) -> String {
    let (days, rest) = minutes.quotientAndRemainder(dividingBy: 1440)
    let (hours, mins) = rest.quotientAndRemainder(dividingBy: 60)
    var text = ""
    if days > 0 { text += "\(days)d" }
    if hours > 0 { text += "\(hours)h" }
    if mins > 0 || text.isEmpty { text += "\(mins)m" }
    return text
  }
}

extension RequestSample {
  /// A seeded random question over the bundled network: every mode and constraint, names
  /// spelled every way a user does (ids, names, aliases, UN/LOCODEs, odd case), and now and then
  /// a bad value or an unsupported combination.
  static func random(using rng: inout SplitMix64) -> RequestSample {
    func pick<T>(_ values: [T]) -> T { values[Int(rng.next() % UInt64(values.count))] }
    func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
    func some<T>(_ values: [T], upTo count: Int) -> [T] {
      var chosen: [T] = []
      for _ in 0..<(1 + Int(rng.next() % UInt64(count))) { chosen.append(pick(values)) }
      return chosen
    }
    let cities = [
      "Jiaozhou", "qingdao", "CNTAO", "Almaty", "KZALA", "Tashkent", "Moscow", "moscow", "Minsk", "Hamburg",
      "DEHAM", "Duisburg", "Rotterdam", "Budapest", "Ulaanbaatar", "ulan bator", "Hanoi", "Vientiane",
      "Busan", "Tokyo", "Tehran", "Karachi", "Bishkek", "Urumqi", "Novosibirsk", "Malaszewicze", "Dushanbe",
      "Ashgabat", "Vladivostok", "Helsinki", "Samarkand", "Kunming", "Osaka",
    ]
    var sample = RequestSample(pick(cities), pick(cities))
    if chance(40) {
      sample.cargo = pick([("FEU", 1), ("FEU", 2), ("TEU", 1), ("TEU", 3), ("kg", 800), ("kg", 12_500)])
    }
    if chance(20) { sample.cargoClass = pick(["general", "reefer", "dangerous", "ecommerce", "frozen"]) }
    if chance(10) { sample.value = pick(["250000", "1200000.50", "lots"]) }
    if chance(60) { sample.objective = pick(["cheapest", "fastest", "greenest", "Fastest"]) }
    let day = 1 + rng.next() % 20
    let date = "2026-12-\(day < 10 ? "0" : "")\(day)T\(pick(["08:00Z", "00:00Z", "15:30+08:00"]))"
    switch rng.next() % 20 {
    case 0, 1, 2:
      sample.pareto = pick([
        ["cost", "time"], ["cost", "time", "co2"], ["time", "documents"], ["co2", "cost"],
      ])
    case 3, 4: sample.alternatives = pick([1, 2, 3, 25])
    case 5, 6: sample.arriveBy = date
    case 7:
      let every: [Int64?] = [nil, 720, 4320, 0]
      sample.departWindow = (
        date, pick(["2026-12-03", "2026-12-22T12:00Z", "2026-11-30", "soon"]), pick(every)
      )
    default: if chance(30) { sample.depart = date }
    }
    if chance(10) {
      sample.asOf = pick(["2021-06-01", "2024-07-15", "2026-12-01", "2023-01-01T00:00Z", "someday"])
    }
    if chance(15) { sample.avoidCountries = some(["RU", "KZ", "Mongolia", "BY", "CN", "Narnia"], upTo: 2) }
    if chance(25) { sample.avoidModes = some(["sea", "air", "road", "rail", "boat"], upTo: 2) }
    if chance(8) {
      sample.avoidCarriers = some(["rzd", "cosco", "sco-express", "Evergreen", "ktz"], upTo: 2)
    }
    if chance(10) {
      sample.avoidCrossings = some(
        ["suez", "brest-malaszewicze", "Alashankou-Dostyk", "khorgos-altynkol"], upTo: 2)
    }
    if chance(8) { sample.via = [pick(["Almaty", "Moscow", "Urumqi", "Hamburg", "Atlantis"])] }
    if chance(10) { sample.maxLegs = pick([1, 2, 4, 8, 0]) }
    if chance(10) { sample.maxTransfers = pick([0, 1, 3, -1]) }
    if chance(10) { sample.budget = pick(["1500", "3000.50", "9000", "-5"]) }
    if chance(10) {
      if sample.depart != nil && chance(50) {
        sample.deadline = "2027-01-\(10 + rng.next() % 15)T00:00Z"
      } else {
        let minutes: [Int64] = [14_400, 36_000, 4_920, 90]
        sample.maxDurationMinutes = pick(minutes)
      }
    }
    if chance(10) { sample.singleBL = true }
    if chance(8) {
      sample.close = some(["Suez", "Khorgos", "Brest-Malaszewicze", "rail-moscow-minsk", "Sues"], upTo: 2)
    }
    let delays: [Int64] = [600, 14_400]
    if chance(6) {
      sample.delays = [(pick(["Brest-Malaszewicze", "Alashankou-Dostyk", "Suez"]), pick(delays))]
    }
    if chance(8) { sample.draft = true }
    return sample
  }
}
