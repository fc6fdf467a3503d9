import Foundation
import SilkRoute
import SilkRouteStore
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// Same request on the same data: same quote id; any field or the data changed: another.
@Suite struct QuoteKeyTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  func id(_ request: RouteRequest, on service: BookingService? = nil) throws -> String {
    try (service ?? self.service).quoteKey(for: request.plan()).id
  }

  static let base = RouteRequest(from: "Jiaozhou", to: "Almaty", cargo: .init(unit: "FEU", count: 1))

  /// The base request with one field changed, for every field of ``RequestField/all``.
  static let variants: [(String, @Sendable (inout RouteRequest) -> Void)] = [
    ("from", { $0.from = "Xi'an" }), ("to", { $0.to = "Hamburg" }),
    ("cargo.unit", { $0.cargo?.unit = "TEU" }), ("cargo.count", { $0.cargo?.count = 2 }),
    (
      "cargo.items",
      { $0.cargo = .init(items: [.init(unit: "FEU", count: 1), .init(unit: "TEU", count: 1)]) }
    ),
    ("cargo.cargoClass", { $0.cargo?.cargoClass = "dangerous" }),
    ("cargo.declaredValueUSD", { $0.cargo?.declaredValueUSD = "250000" }),
    ("objective", { $0.objective = "fastest" }), ("pareto", { $0.pareto = ["cost", "time"] }),
    (
      "paretoEpsilon",
      {
        $0.pareto = ["cost", "time"]
        $0.paretoEpsilon = 0.05
      }
    ),
    ("alternatives", { $0.alternatives = 3 }), ("depart", { $0.depart = "2024-07-20T08:00Z" }),
    ("arriveBy", { $0.arriveBy = "2024-09-20T08:00Z" }), ("asOf", { $0.asOf = "2024-07-01" }),
    ("constraints.avoidCountries", { $0.constraints = .init(avoidCountries: ["RU"]) }),
    ("constraints.avoidModes", { $0.constraints = .init(avoidModes: ["air"]) }),
    ("constraints.avoidCarriers", { $0.constraints = .init(avoidCarriers: ["ktz"]) }),
    ("constraints.avoidCrossings", { $0.constraints = .init(avoidCrossings: ["Khorgos"]) }),
    ("constraints.via", { $0.constraints = .init(via: ["Urumqi"]) }),
    ("constraints.maxLegs", { $0.constraints = .init(maxLegs: 4) }),
    ("constraints.maxTransfers", { $0.constraints = .init(maxTransfers: 2) }),
    ("constraints.budgetUSD", { $0.constraints = .init(budgetUSD: "9000") }),
    ("constraints.maxDurationMinutes", { $0.constraints = .init(maxDurationMinutes: 40_000) }),
    (
      "constraints.deadline",
      {
        $0.depart = "2024-07-20T08:00Z"
        $0.constraints = .init(deadline: "2024-08-30T08:00Z")
      }
    ),
    ("constraints.singleBillOfLading", { $0.constraints = .init(singleBillOfLading: true) }),
    ("disruptions.close", { $0.disruptions = .init(close: ["Khorgos"]) }),
    ("disruptions.delays", { $0.disruptions = .init(delays: [.init(target: "Khorgos", delayMinutes: 600)]) }),
    ("billOfLadingDraft", { $0.billOfLadingDraft = true }), ("currency", { $0.currency = "EUR" }),
    ("containerOffer", { $0.containerOffer = false }),
    ("departWindow", { $0.departWindow = .init(from: "2024-07-20", to: "2024-07-23") }),
    ("departWindow.from", { $0.departWindow = .init(from: "2024-07-21", to: "2024-07-23") }),
    ("departWindow.to", { $0.departWindow = .init(from: "2024-07-20", to: "2024-07-24") }),
    (
      "departWindow.everyMinutes",
      { $0.departWindow = .init(from: "2024-07-20", to: "2024-07-23", everyMinutes: 720) }
    ),
  ]

  @Test func sameRequestSameDataSameID() throws {
    let first = try id(Self.base)
    #expect(first.wholeMatch(of: /Q-[0-9a-f]{16}/) != nil)
    #expect(try id(Self.base) == first)
    // The answer carries the key's id.
    #expect(try service.answer(Self.base).quote?.id == first)
  }

  @Test func spellingsOfTheSameRequestShareTheID() throws {
    var spelled = Self.base
    spelled.from = "JIAOZHOU"
    spelled.to = "almaty"
    spelled.objective = "cheapest"
    spelled.constraints = .init(avoidModes: ["air", "sea"])
    var reordered = spelled
    reordered.constraints = .init(avoidModes: ["sea", "air"])
    #expect(try id(spelled) == id(reordered))
    var defaulted = spelled
    defaulted.constraints = nil
    #expect(try id(defaulted) == id(Self.base))
  }

  @Test func everyFieldChangesTheID() throws {
    let base = try id(Self.base)
    var seen = [base: "base"]
    for (field, change) in Self.variants {
      var request = Self.base
      change(&request)
      let changed = try id(request)
      #expect(seen[changed] == nil, "\(field) gives the id of \(seen[changed] ?? "")")
      seen[changed] = field
    }
    // Every field but from/to (the variants' keys) is covered, deadline through depart.
    let covered = Set(Self.variants.map(\.0))
    let fields = Set(RequestField.all.map(\.path)).subtracting([
      "disruptions.delays.target", "disruptions.delays.delayMinutes", "cargo.items.unit", "cargo.items.count",
    ])
    #expect(
      fields.subtracting(covered).isEmpty, "fields without a variant: \(fields.subtracting(covered).sorted())"
    )
  }

  @Test func changedDataChangesTheID() throws {
    var data = try DataFolder.load(try BundledNetwork.dataFolder())
    let unchanged = BookingService(
      network: try TransportNetwork(data), dataVersion: NetworkStore.version(of: data))
    #expect(try id(Self.base, on: unchanged) == id(Self.base))
    let index = try #require(data.services.firstIndex { $0.tariff.perFEU != nil })
    data.services[index].tariff.perFEU = data.services[index].tariff.perFEU.map { $0 + Cents(1) }
    let changed = BookingService(
      network: try TransportNetwork(data), dataVersion: NetworkStore.version(of: data))
    #expect(try id(Self.base, on: changed) != id(Self.base))
  }

  /// Every variant of the quote key tests (one per request field): the same object as
  /// `JSONEncoder`'s, so no field is lost or changed on the way into the id.
  @Test func quoteKeysEncodeAsJSONEncoderDoes() throws {
    for (field, change) in Self.variants {
      var request = Self.base
      change(&request)
      let key = service.quoteKey(for: try request.plan())
      let parsed = { (data: Data) in try JSONSerialization.jsonObject(with: data) as? NSObject }
      #expect(try parsed(key.canonicalJSON) == parsed(JSONOutput.encoder().encode(key)), "field \(field)")
    }
  }
}
