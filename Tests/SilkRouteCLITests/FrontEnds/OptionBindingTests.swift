import Foundation
import Hummingbird
import HummingbirdTesting
import SilkRoute
import SilkRouteAPI
import SilkRouteServer
import Testing

@testable import SilkRouteCLI

/// Every route option changes the answer where it should, in every front-end: for each one a
/// case on the bundled network where it binds — the answer without it fails the option's promise
/// and the answer with it keeps it — asked through the library, the HTTP API, the CLI's flag
/// mapping in this process and the `silkroute` binary. Dropping or mis-mapping any option in any
/// front-end fails its case.
@Suite(.serialized) struct OptionBindingTests {
  struct Binding: CustomStringConvertible {
    /// The option, by its JSON path.
    var field: String
    var base: RequestSample
    var bound: RequestSample
    /// What the option promises of the answer.
    var holds: @Sendable (RouteResponse) -> Bool
    /// The option must also change the route's services.
    var changesRoute = false
    var description: String { field }
  }

  static func sample(_ from: String, _ to: String, _ change: (inout RequestSample) -> Void = { _ in })
    -> RequestSample
  {
    var sample = RequestSample(from, to)
    change(&sample)
    return sample
  }

  static func bind(
    _ field: String, _ base: RequestSample, _ change: (inout RequestSample) -> Void,
    holds: @escaping @Sendable (RouteResponse) -> Bool
  ) -> Binding {
    var bound = base
    change(&bound)
    return Binding(field: field, base: base, bound: bound, holds: holds)
  }

  static func legs(_ response: RouteResponse) -> [Leg] { response.itinerary?.legs ?? [] }

  static let hamburg = sample("Jiaozhou", "Hamburg")
  static let hamburgFastest = sample("Jiaozhou", "Hamburg") { $0.objective = "fastest" }
  static let hamburgByLand = sample("Jiaozhou", "Hamburg") {
    $0.objective = "fastest"
    $0.avoidModes = ["sea", "air"]
  }
  static let departure = "2026-12-01T08:00Z"
  /// By sea under a through B/L (Jiaozhou–Hamburg goes by rail on the data's 2024 date).
  static let busan = sample("Jiaozhou", "Busan")
  /// Before the Red Sea diversions (Dec 2023) Asia–Europe ships went through Suez.
  static let rotterdamBySeaIn2023 = sample("Qingdao", "Rotterdam") {
    $0.depart = "2023-06-01T00:00Z"
    $0.objective = "fastest"
    $0.avoidModes = ["rail", "road", "air"]
  }

  static let bindings: [Binding] = [
    bind("cargo", hamburg, { $0.cargo = ("TEU", 2) }, holds: { $0.itinerary?.cargo == .containers(2, .teu) }),
    bind(
      "cargo.items", hamburg, { $0.items = [("FEU", 2), ("TEU", 1)] },
      holds: {
        $0.itinerary?.cargo.containerLoads == [ContainerLoad(2, .feu), ContainerLoad(1, .teu)]
          && $0.itinerary?.cargo.payloadKilograms == 50_000
      }),
    bind(
      "cargo.cargoClass", busan, { $0.cargoClass = "ecommerce" },
      holds: {
        $0.itinerary?.cargo.cargoClass == .ecommerce && !legs($0).contains { $0.mode == .sea }
      }),
    bind(
      "cargo.declaredValueUSD", hamburg, { $0.value = "250000" },
      holds: {
        $0.itinerary?.documentPlan?.liability?.declaredValueCents == Cents(25_000_000)
      }),
    bind(
      "objective", hamburg, { $0.objective = "fastest" },
      holds: {
        $0.itinerary.map { $0.totals.timeMinutes < Minutes.days(5) } ?? false
      }),
    bind("pareto", hamburg, { $0.pareto = ["cost", "time"] }, holds: { ($0.paretoFront?.count ?? 0) >= 2 }),
    // Jiaozhou–Hamburg has 24 Pareto-optimal routes in cost and time; within a factor 1.5, 4 do.
    bind(
      "paretoEpsilon", sample("Jiaozhou", "Hamburg") { $0.pareto = ["cost", "time"] },
      { $0.paretoEpsilon = "0.5" },
      holds: {
        $0.paretoApproximation?.epsilon == 0.5 && (1...12).contains($0.paretoFront?.count ?? 0)
      }),
    bind("alternatives", hamburg, { $0.alternatives = 3 }, holds: { ($0.alternatives?.count ?? 0) >= 2 }),
    bind(
      "depart", hamburg, { $0.depart = departure },
      holds: {
        $0.itinerary?.departure == Instant(iso8601: departure) && legs($0).allSatisfy { $0.departsAt != nil }
      }),
    bind(
      "arriveBy", sample("Jiaozhou", "Almaty"), { $0.arriveBy = "2026-12-20T00:00Z" },
      holds: {
        guard let arrival = $0.itinerary?.arrival, let deadline = Instant(iso8601: "2026-12-20T00:00Z") else {
          return false
        }
        return arrival <= deadline && !legs($0).contains { $0.mode == .air }
      }),
    bind(
      "constraints.avoidCountries", hamburgByLand, { $0.avoidCountries = ["KZ"] },
      holds: {
        !legs($0).contains { $0.from.city.country == "KZ" || $0.to.city.country == "KZ" } && !legs($0).isEmpty
      }),
    bind(
      "constraints.avoidModes", busan, { $0.avoidModes = ["sea"] },
      holds: {
        !legs($0).isEmpty && !legs($0).contains { $0.mode == .sea }
      }),
    bind(
      "constraints.avoidCarriers", hamburgByLand, { $0.avoidCarriers = ["ktz"] },
      holds: {
        !legs($0).isEmpty && !legs($0).contains { $0.carrier == "ktz" }
      }),
    bind(
      "constraints.avoidCrossings", rotterdamBySeaIn2023, { $0.avoidCrossings = ["suez"] },
      holds: {
        !legs($0).isEmpty && !legs($0).contains { $0.passages.contains("suez") }
      }),
    bind(
      "constraints.via", hamburgByLand, { $0.via = ["Ulaanbaatar"] },
      holds: {
        legs($0).contains { $0.to.city.id == "ulaanbaatar" }
      }),
    bind(
      "constraints.maxLegs", hamburgByLand, { $0.maxLegs = 5 },
      holds: {
        (1...5).contains($0.itinerary?.totals.legs ?? 0)
      }),
    bind(
      "constraints.maxTransfers", hamburgByLand, { $0.maxTransfers = 2 },
      holds: {
        $0.itinerary.map { $0.totals.transfers <= 2 } ?? false
      }),
    bind(
      "constraints.budgetUSD", hamburgFastest, { $0.budget = "8000" },
      holds: {
        $0.itinerary.map { $0.totals.costCents <= Cents(800_000) } ?? false
      }),
    bind(
      "constraints.maxDurationMinutes", hamburg, { $0.maxDurationMinutes = 20 * 1440 },
      holds: {
        $0.itinerary.map { $0.totals.timeMinutes <= .days(20) } ?? false
      }),
    bind(
      "constraints.deadline", sample("Jiaozhou", "Hamburg") { $0.depart = departure },
      { $0.deadline = "2026-12-28T00:00Z" },
      holds: {
        guard let arrival = $0.itinerary?.arrival, let deadline = Instant(iso8601: "2026-12-28T00:00Z") else {
          return false
        }
        return arrival <= deadline
      }),
    bind(
      "constraints.singleBillOfLading", hamburgByLand, { $0.singleBL = true },
      holds: {
        $0.itinerary?.totals.documents == 1
      }),
    bind(
      "disruptions.close", rotterdamBySeaIn2023, { $0.close = ["Suez"] },
      holds: {
        guard let impact = $0.disruption else { return false }
        return impact.rerouted && !impact.disrupted.legs.contains { $0.passages.contains("suez") }
      }),
    bind(
      "disruptions.delays", hamburgByLand, { $0.delays = [("Brest-Malaszewicze", 10 * 1440)] },
      holds: {
        guard let impact = $0.disruption else { return false }
        return impact.baseline != nil && (impact.rerouted || impact.timeChange > .zero)
      }),
    Binding(
      // Moscow–Helsinki rail has carried no freight since March 2022 (Data/services.csv).
      field: "asOf", base: sample("Jiaozhou", "Helsinki"),
      bound: sample("Jiaozhou", "Helsinki") { $0.asOf = "2021-06-01" },
      holds: { $0.networkDate == "2021-06-01" && legs($0).contains { $0.service == "rail-moscow-helsinki" } },
      changesRoute: true),
    bind("billOfLadingDraft", hamburg, { $0.draft = true }, holds: { $0.billOfLadingDraft != nil }),
    bind(
      "departWindow", hamburg, { $0.departWindow = ("2026-12-01", "2026-12-03", nil) },
      holds: {
        $0.departureSweep?.rows.map(\.departure.iso8601)
          == ["2026-12-01", "2026-12-02", "2026-12-03"].map {
            "\($0)T00:00Z"
          } && $0.departureSweep?.rows.allSatisfy { $0.itinerary?.departure == $0.departure } == true
      }),
    bind(
      "departWindow.everyMinutes",
      sample("Jiaozhou", "Hamburg") { $0.departWindow = ("2026-12-01", "2026-12-02", nil) },
      { $0.departWindow?.everyMinutes = 360 },
      holds: { $0.departureSweep?.rows.count == 5 && $0.departureSweep?.everyMinutes == Minutes(360) }),
    bind(
      // 30 t loose: on by default the answer also prices it in containers; off, it does not.
      "containerOffer", sample("Jiaozhou", "Almaty") { $0.cargo = ("kg", 30_000) },
      { $0.noContainerOffer = true },
      holds: { $0.containerOffer == nil && $0.itinerary?.cargo == .kilograms(30_000) }),
    bind(
      "currency", hamburg, { $0.currency = "eur" },
      holds: {
        guard let currency = $0.quote?.currency, let total = $0.itinerary?.totals.costCents,
          let rate = ExchangeRate(currency.unitsPerUSD)
        else { return false }
        return currency.code == "EUR"
          && currency.totals.map(Optional.init) == [rate.convert(cents: total, minorUnit: 2)]
      }),
  ]

  /// Every field of the request model has a binding case (or is covered by its parent's).
  @Test func everyFieldHasABindingCase() {
    let covered = Set(Self.bindings.map(\.field))
    let parts: [String: String] = [
      "cargo.unit": "cargo", "cargo.count": "cargo", "disruptions.delays.target": "disruptions.delays",
      "disruptions.delays.delayMinutes": "disruptions.delays", "from": "from", "to": "to",
      "departWindow.from": "departWindow", "departWindow.to": "departWindow",
      "cargo.items.unit": "cargo.items", "cargo.items.count": "cargo.items",
    ]
    for field in RequestField.all where !["from", "to"].contains(field.path) {
      #expect(covered.contains(parts[field.path] ?? field.path), "no binding case for \(field.path)")
    }
  }

  static func response(_ outcome: FrontEndParityTests.Outcome, _ context: String) -> RouteResponse? {
    guard case .answer(var data) = outcome else {
      Issue.record("\(context): \(outcome)")
      return nil
    }
    if data.last == UInt8(ascii: "\n") { data.removeLast() }
    do {
      return try JSONDecoder().decode(RouteResponse.self, from: data)
    } catch {
      Issue.record("\(context): \(error)")
      return nil
    }
  }

  @Test func everyOptionBindsInEveryFrontEnd() async throws {
    let app = try SilkRouteServer.application(service: try FrontEndParityTests.service.get())
    try await app.test(.live) { client in
      for binding in Self.bindings {
        for frontEnd in ["library", "HTTP", "CLI", "binary"] {
          func answer(_ sample: RequestSample) async throws -> FrontEndParityTests.Outcome {
            switch frontEnd {
            case "library": FrontEndParityTests.library(sample.library(), flags: false)
            case "HTTP": try await FrontEndParityTests.http(sample.json(), client: client)
            case "CLI": FrontEndParityTests.commandLine(sample.arguments())
            default: try FrontEndParityTests.binary(sample.arguments())
            }
          }
          let context = "\(binding.field) via \(frontEnd): silkroute route \(binding.bound)"
          guard let base = Self.response(try await answer(binding.base), context + " (base)"),
            let bound = Self.response(try await answer(binding.bound), context)
          else { continue }
          #expect(!binding.holds(base), "\(context): the answer without the option already keeps its promise")
          #expect(binding.holds(bound), "\(context): the option is not honoured")
          if binding.changesRoute {
            #expect(
              base.itinerary?.legs.map(\.service) != bound.itinerary?.legs.map(\.service),
              "\(context): the route does not change")
          }
        }
      }
    }
  }
}
